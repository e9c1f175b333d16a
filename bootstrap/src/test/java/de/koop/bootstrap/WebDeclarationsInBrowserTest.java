package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator of the Nordsachsen demo network records declarations in Debian's headless Chromium: an
 * accession as the paper form asks it (signed after it was received first: refused beside the field, all typed
 * kept, nothing recorded), a readiness declaration, and a termination of an agreement with six months' notice to
 * the end of the year, which koop checks before recording: the day it takes effect and the rule that gives it,
 * a way back to change it, and the confirmation (with the keyboard alone) naming the day. Another network's
 * declarations do not exist for her. koop's clock stands on 15.06.2026. Every page is checked with axe-core and
 * kept as a screenshot.
 */
class WebDeclarationsInBrowserTest {

    private static final String NORDSACHSEN = "Integrierte Sozialplanung im Landkreis Nordsachsen";
    private static final String AGREEMENT = "Kooperationsvereinbarung Sozialberichterstattung";
    private static final String JOBCENTER = "Jobcenter Nordsachsen";
    private static final String SENIORS = "Kreisseniorenbeirat Nordsachsen";
    private static final String CARITAS = "Caritasverband Nordsachsen e. V.";

    private static WebFixture web;
    private static InBrowser browser;
    private static Api admin;
    private static String declarationsPath;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15"));
        assertThat(web.ownName()).isEqualTo(NORDSACHSEN);
        admin = web.koop().api();
        String base = "/api/v1/networks/" + web.ownId();
        Map<String, String> partners = new java.util.HashMap<>();
        admin.get(base + "/partners").items().forEach(p -> partners.put((String) p.get("name"), (String) p.get("id")));
        // six months to the end of the calendar year, in writing: a termination received today ends with the year
        admin.post(base + "/agreements", """
                {"kind": "COOPERATION_AGREEMENT", "title": "%s",
                 "parties": ["%s", "%s"], "term": {"type": "UNLIMITED"},
                 "termination": {"type": "NOTICE", "notice": {"length": 6, "unit": "MONTHS",
                                 "periodEnd": "CALENDAR_YEAR"}, "writtenForm": true},
                 "concludedOn": "2025-01-15"}""".formatted(AGREEMENT,
                partners.get("Landratsamt Nordsachsen, Sozialplanung"), partners.get(SENIORS)));
        declarationsPath = "/netzwerke/" + web.ownId() + "/erklaerungen";
        browser = InBrowser.on(web);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        web.close();
    }

    @Test
    void aCoordinatorRecordsAnAccessionAReadinessAndATerminationSeeingTheDayItTakesEffect() {
        browser.signIn();
        browser.followLink(web.ownName());
        browser.follow(browser.driver().findElement(By.cssSelector("nav[aria-label=Netzwerk]"))
                .findElement(By.linkText("Erklärungen")));
        assertThat(browser.driver().getCurrentUrl()).endsWith(declarationsPath);
        assertThat(rows()).hasSize(3).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Bereitschaftserklärung"));
        browser.check("erklaerungen");

        accession();
        readiness();
        termination();

        browser.open("/netzwerke/" + web.otherId() + "/erklaerungen");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        browser.check("erklaerungen-fremdes-netzwerk");
        browser.open("/netzwerke/" + web.otherId() + "/erklaerungen/kuendigung");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
    }

    private void accession() {
        browser.followLink("Beitritt erfassen");
        assertThat(browser.driver().findElement(By.linkText("Partner registrieren")).getAttribute("href"))
                .endsWith("/netzwerke/" + web.ownId() + "/partner/neu");
        assertThat(browser.valueOf("eingegangenAm")).isEqualTo("15.06.2026");
        assertThat(browser.valueOf("erfasstVon")).isEqualTo(WebFixture.COORDINATOR);
        browser.check("beitritt");

        choose("partner", JOBCENTER);
        choose("vereinbarung", AGREEMENT + ", Fassung 1 (gilt ab 15.01.2025)");
        browser.typeInto("einrichtung", JOBCENTER);
        browser.typeInto("name", "Frank Neumann");
        browser.typeInto("telefon", "03421 7890-100");
        browser.typeInto("email", "frank.neumann@jobcenter-nos.example");
        tick("logo");
        tick("keinEigeninteresse");
        // signed after it arrived: a typing error
        browser.typeInto("unterzeichnetAm", "12.06.2026");
        browser.typeInto("eingegangenAm", "10.06.2026");
        browser.press("Beitritt erfassen");
        assertThat(browser.driver().getTitle()).startsWith("Fehler: Beitritt erfassen");
        assertThat(browser.textOf("unterzeichnetAm-fehler"))
                .isEqualTo("Der Tag der Unterschrift liegt nach dem Eingang der Erklärung.");
        assertThat(browser.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#unterzeichnetAm']"))
                .getText()).isEqualTo("Der Tag der Unterschrift liegt nach dem Eingang der Erklärung.");
        assertThat(chosen("partner")).isEqualTo(JOBCENTER);
        assertThat(browser.valueOf("name")).isEqualTo("Frank Neumann");
        assertThat(browser.valueOf("email")).isEqualTo("frank.neumann@jobcenter-nos.example");
        assertThat(browser.driver().findElement(By.id("logo")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("kontaktdaten")).isSelected()).isFalse();
        assertThat(browser.valueOf("unterzeichnetAm")).isEqualTo("12.06.2026");
        assertThat(declarations()).hasSize(3);
        browser.check("beitritt-fehler");

        browser.typeInto("unterzeichnetAm", "08.06.2026");
        browser.press("Beitritt erfassen");
        assertThat(browser.driver().getCurrentUrl()).endsWith(declarationsPath);
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Der Beitritt von „" + JOBCENTER + "“ zur Vereinbarung „"
                + AGREEMENT + "“ (Fassung 1) ist erfasst, eingegangen am 10.06.2026.");
        assertThat(rows()).contains(List.of("10.06.2026", "Beitritt", JOBCENTER, "Frank Neumann",
                AGREEMENT + ", Fassung 1", ""));
        assertThat(declarations()).filteredOn(d -> "ACCESSION".equals(d.get("kind"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("signedOn", "2026-06-08")
                        .containsEntry("receivedOn", "2026-06-10").containsEntry("publishLogo", true)
                        .containsEntry("publishContacts", false).containsEntry("recordedBy", WebFixture.COORDINATOR));
        browser.check("erklaerungen-beitritt");
    }

    private void readiness() {
        browser.followLink("Bereitschaftserklärung erfassen");
        browser.check("bereitschaft");

        choose("partner", SENIORS);
        browser.typeInto("name", "Gerda Winkler");
        tick(browser.driver().findElement(By.xpath("//label[normalize-space(.)='UAG Älter werden im Landkreis']"))
                .getAttribute("for"));
        browser.typeInto("weitere", "AG Seniorenwohnen");
        browser.press("Bereitschaftserklärung erfassen");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Bereitschaftserklärung von Gerda Winkler (" + SENIORS
                + ") ist erfasst: UAG Älter werden im Landkreis, AG Seniorenwohnen.");
        assertThat(rows()).contains(List.of("15.06.2026", "Bereitschaftserklärung", SENIORS, "Gerda Winkler",
                "UAG Älter werden im Landkreis, AG Seniorenwohnen", ""));
        assertThat(declarations()).filteredOn(d -> "Gerda Winkler".equals(d.get("personName"))
                && "2026-06-15".equals(d.get("receivedOn"))).hasSize(1);
        browser.check("erklaerungen-bereitschaft");
    }

    private void termination() {
        browser.followLink("Kündigung erfassen");
        browser.check("kuendigung");

        // a partner the agreement does not bind cannot terminate it
        choose("vereinbarung", AGREEMENT);
        choose("partner", CARITAS);
        browser.press("Prüfen");
        assertThat(browser.textOf("partner-fehler"))
                .isEqualTo("Der Partner ist am 15.06.2026 nicht an die Vereinbarung gebunden.");
        assertThat(chosen("vereinbarung")).isEqualTo(AGREEMENT);
        browser.check("kuendigung-fehler");

        choose("partner", SENIORS);
        browser.press("Prüfen");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kündigung prüfen");
        assertThat(browser.textOf("wirksamkeit")).contains("Die Kündigung wird zum 31.12.2026 wirksam.",
                "Die Kündigungsfrist beträgt sechs Monate zum Ende des Kalenderjahres.",
                "Vom Eingang der Kündigung am 15.06.2026 an gerechnet ist der 31.12.2026 der früheste Tag, zu dem sie "
                        + "wirken kann.", "Die Kündigung muss schriftlich erfolgen.",
                "Bis einschließlich 31.12.2026 bleibt „" + SENIORS + "“ an die Vereinbarung gebunden.");
        assertThat(terminations()).isEmpty();
        browser.check("kuendigung-pruefen");

        browser.press("Ändern");
        assertThat(chosen("vereinbarung")).isEqualTo(AGREEMENT);
        assertThat(chosen("partner")).isEqualTo(SENIORS);
        assertThat(browser.valueOf("eingegangenAm")).isEqualTo("15.06.2026");
        browser.check("kuendigung-aendern");
        browser.typeInto("gewuenschtAm", "30.09.2026");
        browser.press("Prüfen");
        assertThat(browser.textOf("wirksamkeit")).contains("Die Kündigung wird zum 31.12.2026 wirksam.",
                "Der Partner hat den 30.09.2026 genannt; so früh lässt die Kündigungsfrist die Kündigung nicht zu.");
        browser.check("kuendigung-pruefen-gewuenscht");

        // confirmed with the keyboard alone
        browser.tabTo("erfassen");
        browser.enter();
        assertThat(browser.driver().getCurrentUrl()).endsWith(declarationsPath);
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Kündigung von „" + SENIORS + "“ zur Vereinbarung „"
                + AGREEMENT + "“ ist erfasst. Sie wird zum 31.12.2026 wirksam.");
        assertThat(rows()).contains(List.of("15.06.2026", "Kündigung", SENIORS, "", AGREEMENT, "31.12.2026"));
        assertThat(terminations()).singleElement().satisfies(t -> assertThat(t)
                .containsEntry("effectiveOn", "2026-12-31").containsEntry("requestedOn", "2026-09-30")
                .containsEntry("receivedOn", "2026-06-15"));
        browser.check("erklaerungen-kuendigung");
    }

    private static List<List<String>> rows() {
        return browser.cells("#erklaerungsliste tbody tr");
    }

    private static List<Map<String, Object>> declarations() {
        return admin.get("/api/v1/networks/" + web.ownId() + "/declarations?size=100").items();
    }

    private static List<Map<String, Object>> terminations() {
        return declarations().stream().filter(d -> "TERMINATION".equals(d.get("kind"))).toList();
    }

    private static void choose(String field, String label) {
        new Select(browser.driver().findElement(By.id(field))).selectByVisibleText(label);
    }

    private static String chosen(String field) {
        return new Select(browser.driver().findElement(By.id(field))).getFirstSelectedOption().getText();
    }

    /** Ticks a checkbox (by id) by its label, as a user clicks it. */
    private static void tick(String field) {
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + field + "']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
        label.click();
    }
}
