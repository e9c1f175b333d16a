package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is kept of a form sent after the session ended, and how it is put back into the page it came from. */
class FormRestorationTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="de"><head><title>Partner</title></head><body><main>
            <form method="post" action="/p/einwilligung"><input type="hidden" name="csrfToken" value="neu">
              <input type="hidden" name="umfang" value="LOGO"><input id="datum-LOGO" name="datum" type="text" value="">
              <button type="submit">Logo</button></form>
            <form method="post" action="/p/einwilligung"><input type="hidden" name="csrfToken" value="neu">
              <input type="hidden" name="umfang" value="KONTAKTE"><input id="datum-KONTAKTE" name="datum" type="text" value="">
              <button type="submit">Kontakte</button></form>
            <form method="post" action="/p/daten"><input type="hidden" name="csrfToken" value="neu">
              <input type="hidden" name="version" value="7">
              <input id="name" name="name" value="Alt"><input id="passwort" name="passwort" type="password">
              <textarea id="vermerk" name="vermerk">alt</textarea>
              <select id="bereich" name="bereich"><option value="A" selected>A</option><option value="B">B</option></select>
              <input type="checkbox" id="logo" name="logo" value="ja" checked>
              <input type="checkbox" id="kontakte" name="kontakte" value="ja">
              <input type="radio" id="art-a" name="art" value="a" checked><input type="radio" id="art-b" name="art" value="b">
            </form></main></body></html>""";

    @Test
    void neitherTheFormTokenNorAPasswordIsKept() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("csrfToken", List.of("alt"));
        sent.put("password", List.of("geheim"));
        sent.put("neuesPasswort", List.of("geheim"));
        sent.put("Kennwort", List.of("geheim"));
        sent.put("vermerk", List.of("Per Post"));

        assertThat(FormRestoration.keepable(sent)).contains(Map.of("vermerk", List.of("Per Post")));
        assertThat(FormRestoration.keepable(Map.of("csrfToken", List.of("alt")))).isEmpty();
        assertThat(FormRestoration.keepable(Map.of("vermerk", List.of("x".repeat(FormRestoration.MAX_CHARACTERS)))))
                .isEmpty();
    }

    @Test
    void theValuesGoBackIntoTheFormTheyWereSentFromAndNowhereElse() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("version", List.of("7"));
        sent.put("name", List.of("Neu \"in Anführung\" <b>"));
        sent.put("vermerk", List.of("Zeile 1\nZeile 2 & mehr"));
        sent.put("bereich", List.of("B"));
        sent.put("kontakte", List.of("ja"));
        sent.put("art", List.of("b"));

        String page = FormRestoration.restored(PAGE, new FormRestoration.KeptForm("/p", "/p/daten", sent)).orElseThrow();

        org.jsoup.nodes.Document restored = org.jsoup.Jsoup.parse(page);
        assertThat(restored.getElementById("name").val()).isEqualTo("Neu \"in Anführung\" <b>");
        assertThat(restored.getElementById("vermerk").val()).isEqualTo("Zeile 1\nZeile 2 & mehr");
        assertThat(restored.select("#bereich option[selected]").eachAttr("value")).containsExactly("B");
        assertThat(restored.getElementById("logo").hasAttr("checked")).isFalse();
        assertThat(restored.getElementById("kontakte").hasAttr("checked")).isTrue();
        assertThat(restored.getElementById("art-a").hasAttr("checked")).isFalse();
        assertThat(restored.getElementById("art-b").hasAttr("checked")).isTrue();
        assertThat(restored.getElementById("passwort").val()).isEmpty();
        assertThat(restored.select("input[name=csrfToken]").eachAttr("value")).containsOnly("neu");
        assertThat(restored.getElementById("eingaben-wiederhergestellt").nextElementSibling().attr("action"))
                .isEqualTo("/p/daten");
        assertThat(restored.getElementById("datum-LOGO").val()).isEmpty();
        assertThat(page).startsWith("<!doctype html>").doesNotContain("<b>");
    }

    @Test
    void ofFormsSentToOneAddressTheOneWhoseHiddenFieldsWereSent() {
        String page = FormRestoration.restored(PAGE, new FormRestoration.KeptForm("/p", "/p/einwilligung",
                Map.of("umfang", List.of("KONTAKTE"), "datum", List.of("1.3.2024")))).orElseThrow();

        org.jsoup.nodes.Document restored = org.jsoup.Jsoup.parse(page);
        assertThat(restored.getElementById("datum-KONTAKTE").val()).isEqualTo("1.3.2024");
        assertThat(restored.getElementById("datum-LOGO").val()).isEmpty();
    }

    @Test
    void aPageWithoutTheFormIsLeftAsItIs() {
        assertThat(FormRestoration.restored(PAGE, new FormRestoration.KeptForm("/p", "/p/anderes",
                Map.of("name", List.of("x"))))).isEmpty();
        assertThat(FormRestoration.restored(PAGE, new FormRestoration.KeptForm("/p", "/p/einwilligung",
                Map.of("umfang", List.of("ALLES"), "datum", List.of("1.3.2024"))))).isEmpty();
    }
}
