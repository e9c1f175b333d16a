package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator in Debian's headless Chromium finds a partner by part of its name, registers a partner (an
 * e-mail address that is none first: named beside its field, what was typed stays, nothing is registered),
 * changes it, and then sends a change after someone else changed the partner through the API since the form
 * was loaded: koop shows what is stored now beside what was typed, keeps the input and overwrites nothing,
 * until the coordinator sends it again. Every page is checked with axe-core and kept as a screenshot.
 */
class WebPartnerEditingInBrowserTest {

    private static final String NEW_PARTNER = "Tagespflege Am Rosental";
    private static final String RENAMED = NEW_PARTNER + " gGmbH";
    private static final String RENAMED_BY_API = "Tagespflege Rosental gGmbH";

    private static WebFixture web;
    private static InBrowser browser;
    private static Api admin;
    private static String partners;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
        admin = web.koop().api();
        partners = "/api/v1/networks/" + web.ownId() + "/partners";
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
    void aCoordinatorSearchesRegistersAndChangesAPartnerAndSeesAChangeMadeInBetween() {
        browser.signIn();
        browser.followLink(web.ownName());
        browser.follow(browser.driver().findElement(By.cssSelector("nav[aria-label=Netzwerk]"))
                .findElement(By.linkText("Partner")));
        assertThat(names()).hasSizeGreaterThan(2);
        browser.check("partner-liste");

        // htmx replaces the search and the list only: wait for what changes, not for a new page
        browser.typeInto("name", "%");
        browser.driver().findElement(By.id("partner-anzeigen")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("name-fehler")).isEmpty());
        assertThat(browser.textOf("name-fehler"))
                .isEqualTo("Der Suchtext muss mindestens einen Buchstaben oder eine Ziffer enthalten.");
        assertThat(browser.valueOf("name")).isEqualTo("%");
        browser.check("partner-suche-fehler");

        browser.typeInto("name", "BEIRAT");
        browser.driver().findElement(By.id("partner-anzeigen")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("name=BEIRAT") && names().size() == 1);
        assertThat(names()).containsExactly("Kreisseniorenbeirat Nordsachsen");
        assertThat(browser.valueOf("name")).isEqualTo("BEIRAT");
        browser.check("partner-gesucht");

        browser.followLink("Partner registrieren");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Partner registrieren");
        browser.check("partner-registrieren");

        browser.typeInto("name", NEW_PARTNER);
        new Select(browser.driver().findElement(By.id("bereich"))).selectByVisibleText("Leistungserbringer nach SGB XI/XII");
        browser.typeInto("strasse", "Rosentalgasse 3");
        browser.typeInto("plz", "04105");
        browser.typeInto("ort", "Leipzig");
        browser.typeInto("kontakt-0-name", "Petra Lang");
        browser.typeInto("kontakt-0-funktion", "Pflegedienstleitung");
        browser.typeInto("kontakt-0-email", "a@@b");
        browser.press("Partner registrieren");
        String refused = "Die E-Mail-Adresse der 1. Ansprechperson ist keine gültige E-Mail-Adresse.";
        assertThat(browser.driver().getTitle()).startsWith("Fehler: Partner registrieren");
        assertThat(browser.textOf("kontakt-0-email-fehler")).isEqualTo(refused);
        assertThat(browser.driver().findElement(By.id("kontakt-0-email")).getAttribute("aria-describedby"))
                .isEqualTo("kontakt-0-email-fehler");
        assertThat(browser.driver().findElement(By.cssSelector(".kern-alert--danger a[href='#kontakt-0-email']"))
                .getText()).isEqualTo(refused);
        assertThat(browser.valueOf("kontakt-0-email")).isEqualTo("a@@b");
        assertThat(browser.valueOf("name")).isEqualTo(NEW_PARTNER);
        assertThat(browser.valueOf("kontakt-0-funktion")).isEqualTo("Pflegedienstleitung");
        assertThat(new Select(browser.driver().findElement(By.id("bereich"))).getFirstSelectedOption().getText())
                .isEqualTo("Leistungserbringer nach SGB XI/XII");
        assertThat(admin.get(partners + "?name=Rosental").number("totalItems")).isZero();
        browser.check("partner-registrieren-fehler");

        browser.typeInto("kontakt-0-email", "petra.lang@rosental.example");
        browser.press("Partner registrieren");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Der Partner „" + NEW_PARTNER + "“ ist registriert.");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(NEW_PARTNER);
        Map<String, Object> registered = admin.get(partners + "?name=Rosental").items().getFirst();
        assertThat(registered).containsEntry("name", NEW_PARTNER);
        assertThat(registered.get("category")).asInstanceOf(MAP).containsEntry("code", "SERVICE_PROVIDER");
        assertThat(contacts(registered)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("name", "Petra Lang").containsEntry("email", "petra.lang@rosental.example"));
        String partnerPath = partners + "/" + registered.get("id");
        browser.check("partner-registriert");

        browser.followLink("Stammdaten und Ansprechpersonen bearbeiten");
        assertThat(browser.valueOf("name")).isEqualTo(NEW_PARTNER);
        assertThat(browser.valueOf("kontakt-0-email")).isEqualTo("petra.lang@rosental.example");
        assertThat(browser.valueOf("kontakt-1-name")).isEmpty();
        browser.check("partner-bearbeiten");

        browser.typeInto("name", RENAMED);
        browser.typeInto("kontakt-1-name", "Jonas Weber");
        browser.typeInto("kontakt-1-email", "jonas.weber@rosental.example");
        browser.press("Änderungen speichern");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Stammdaten von „" + RENAMED + "“ sind gespeichert.");
        Map<String, Object> changed = admin.get(partnerPath).json();
        assertThat(changed).containsEntry("name", RENAMED);
        assertThat(contacts(changed)).extracting(c -> c.get("name")).containsExactly("Petra Lang", "Jonas Weber");
        browser.check("partner-geaendert");

        // the form is loaded; then someone else renames the partner through the API
        browser.followLink("Stammdaten und Ansprechpersonen bearbeiten");
        List<Map<String, Object>> people = contacts(changed);
        assertThat(admin.put(partnerPath, """
                {"name": "%s", "category": "SERVICE_PROVIDER",
                 "address": {"street": "Rosentalgasse 3", "postalCode": "04105", "city": "Leipzig"},
                 "contacts": [{"id": "%s", "name": "Petra Lang", "email": "petra.lang@rosental.example"},
                              {"id": "%s", "name": "Jonas Weber", "email": "jonas.weber@rosental.example"}],
                 "version": %s}""".formatted(RENAMED_BY_API, people.get(0).get("id"), people.get(1).get("id"),
                changed.get("version"))).status()).isEqualTo(200);
        browser.typeInto("strasse", "Rosentalgasse 5");
        browser.typeInto("kontakt-0-funktion", "Leitung");
        browser.press("Änderungen speichern");
        assertThat(browser.driver().getTitle()).startsWith("Inzwischen geändert: ");
        assertThat(browser.driver().findElement(By.cssSelector("#konflikt h2")).getText())
                .isEqualTo("Dieser Partner wurde inzwischen geändert");
        assertThat(browser.cells("#unterschiede tbody tr")).containsExactly(
                List.of(RENAMED, RENAMED_BY_API),
                List.of("Rosentalgasse 5, 04105 Leipzig", "Rosentalgasse 3, 04105 Leipzig"),
                List.of("Petra Lang, Leitung, petra.lang@rosental.example\nJonas Weber, jonas.weber@rosental.example",
                        "Petra Lang, petra.lang@rosental.example\nJonas Weber, jonas.weber@rosental.example"));
        assertThat(browser.valueOf("strasse")).isEqualTo("Rosentalgasse 5");
        assertThat(browser.valueOf("kontakt-0-funktion")).isEqualTo("Leitung");
        assertThat(browser.valueOf("name")).isEqualTo(RENAMED);
        Map<String, Object> kept = admin.get(partnerPath).json();
        assertThat(kept).containsEntry("name", RENAMED_BY_API);
        assertThat(kept.get("address")).asInstanceOf(MAP)
                .containsEntry("street", "Rosentalgasse 3");
        browser.check("partner-konflikt");

        // having seen both, the coordinator keeps what was typed
        browser.press("Änderungen speichern");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Stammdaten von „" + RENAMED + "“ sind gespeichert.");
        assertThat(admin.get(partnerPath).json().get("address"))
                .asInstanceOf(MAP)
                .containsEntry("street", "Rosentalgasse 5");
        browser.check("partner-nach-konflikt");
    }

    /** The names in the partner list. */
    private static List<String> names() {
        return browser.cells("#partnerliste tbody tr").stream().map(List::getFirst).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contacts(Map<String, Object> partner) {
        return (List<Map<String, Object>>) partner.get("contacts");
    }
}
