package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A coordinator of the Leipzig demo network reads its framework agreement in the browser: the list of the
 * network's agreements, the agreement's rules in sentences, its parties and versions, and who was bound on a
 * past day (the Diakonie's termination took effect on 30 June 2024); a day that is no date is named beside
 * the field; and the Steinfurt cooperation, whose fixed term was renewed on review. Every page is checked with axe-core and kept as a screenshot, as in {@link WebInterfaceInBrowserTest}.
 */
class WebAgreementsInBrowserTest {

    private static final String LEIPZIG = "Leipziger Kooperation Pflege";
    private static final String STEINFURT = "Kooperation Eingliederungshilfe und Sozialhilfe Kreis Steinfurt";
    private static final String FRAMEWORK = "Rahmenvereinbarung Leipziger Kooperation Pflege";
    private static final String FOREIGN = "Netzwerk ohne die Koordinatorin";
    private static final String DIAKONIE = "Diakonie-Sozialstation Leipzig-Grünau";

    private static WebFixture web;
    private static InBrowser browser;
    private static ChromeDriver driver;
    private static String leipzigId;
    private static String steinfurtId;
    private static String foreignId;
    private static String steinfurtAgreementId;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
        Api admin = web.koop().api();
        List<Map<String, Object>> networks = admin.get("/api/v1/networks").items();
        leipzigId = idOf(networks, LEIPZIG);
        assertThat(admin.put("/api/v1/users/" + web.coordinatorId() + "/networks/" + leipzigId,
                "{\"role\": \"COORDINATOR\"}").status()).isEqualTo(200);
        steinfurtId = idOf(networks, STEINFURT);
        assertThat(admin.put("/api/v1/users/" + web.coordinatorId() + "/networks/" + steinfurtId,
                "{\"role\": \"COORDINATOR\"}").status()).isEqualTo(200);
        steinfurtAgreementId = (String) admin.get("/api/v1/networks/" + steinfurtId + "/agreements")
                .jsonList().getFirst().get("id");
        foreignId = admin.post("/api/v1/networks", CoordinatorApiScenarios.networkJson(FOREIGN, "FREMD", true))
                .string("id");
        browser = InBrowser.on(web);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        InBrowser.stop(browser, web);
    }

    @BeforeEach
    void signedIn() {
        browser.forgetCookies();
        browser.signIn();
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke");
    }

    @Test
    void aCoordinatorReadsTheRulesOfAnAgreementAndWhoWasBoundOnAPastDay() {
        browser.followLink(LEIPZIG);
        browser.follow(driver.findElement(By.cssSelector("nav.koop-network-nav")).findElement(By.linkText("Vereinbarungen")));
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke/" + leipzigId + "/vereinbarungen");
        assertThat(browser.cells("main table tbody tr")).containsExactly(List.of(FRAMEWORK, "Rahmenvereinbarung", "01.02.2021",
                "unbefristet", "in Kraft (Fassung 1)"));
        browser.check("vereinbarungen");

        browser.followLink(FRAMEWORK);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(FRAMEWORK);
        String rules = driver.findElement(By.cssSelector("section[aria-labelledby=regeln]")).getText();
        assertThat(rules).contains("Die Vereinbarung gilt unbefristet.",
                "Jede Partei kann jederzeit kündigen. Die Kündigung wird mit ihrem Zugang wirksam oder zu einem "
                        + "späteren Tag, den die Partei nennt.", "§ 15 SGB I", "Beitrittserklärung");
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=parteien] li")).stream()
                .map(WebElement::getText)).containsExactly("Stadt Leipzig, Sozialamt – Netzwerkkoordination Pflege",
                "AOK PLUS – Pflegekasse");
        assertThat(browser.cells("section[aria-labelledby=fassungen] tbody tr")).containsExactly(List.of("Fassung 1",
                "geschlossen am 20.01.2021", "01.02.2021", "", "leikop-rahmenvereinbarung-2021.pdf"));
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=ueberpruefungen]")).getText())
                .contains("Es ist keine Überprüfung erfasst.");
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.ofPattern("dd.MM.uuuu"));
        assertThat(driver.findElement(By.id("stichtag")).getAttribute("value")).isEqualTo(today);
        assertThat(boundPartners()).hasSize(5).doesNotContain(DIAKONIE);
        browser.check("vereinbarung");

        pickDay("1.6.2024");
        assertThat(driver.getCurrentUrl()).contains("stichtag=1.6.2024").endsWith("#gebunden");
        assertThat(driver.findElement(By.id("stichtag")).getAttribute("value")).isEqualTo("01.06.2024");
        assertThat(driver.findElement(By.id("gebundene")).getText())
                .contains("Am 01.06.2024 galt Fassung 1.", "Am 01.06.2024 waren 6 Partner gebunden:");
        assertThat(browser.cells("#gebundene tbody tr")).contains(List.of(DIAKONIE, "beigetreten", "03.05.2021", "30.06.2024"),
                List.of("AOK PLUS – Pflegekasse", "Vertragspartei", "01.02.2021", "auf Weiteres"));
        browser.check("vereinbarung-stichtag");

        pickDay("1.1.2021");
        assertThat(driver.findElement(By.id("gebundene")).getText()).contains(
                "Am 01.01.2021 war die Vereinbarung noch nicht in Kraft.", "Am 01.01.2021 war niemand gebunden.");
        browser.check("vereinbarung-stichtag-vor-beginn");
    }

    @Test
    void aDayThatIsNoDateIsNamedBesideTheFieldAndKeptAsTyped() {
        browser.open("/netzwerke/" + leipzigId + "/vereinbarungen");
        browser.followLink(FRAMEWORK);

        pickDay("31.02.2024");
        assertThat(driver.getTitle()).startsWith("Fehler: " + FRAMEWORK);
        WebElement field = driver.findElement(By.id("stichtag"));
        assertThat(field.getAttribute("value")).isEqualTo("31.02.2024");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("stichtag-fehler");
        assertThat(driver.findElement(By.id("stichtag-fehler")).getText())
                .isEqualTo("Den 31.02.2024 gibt es nicht. Bitte prüfen Sie Tag und Monat.");
        assertThat(driver.findElement(By.cssSelector(".kern-alert--danger a[href='#stichtag']")).getText())
                .isEqualTo("Den 31.02.2024 gibt es nicht. Bitte prüfen Sie Tag und Monat.");
        assertThat(driver.findElements(By.id("gebundene"))).isEmpty();
        browser.check("vereinbarung-stichtag-fehler");

        pickDay("Juni 2024");
        assertThat(driver.findElement(By.id("stichtag")).getAttribute("value")).isEqualTo("Juni 2024");
        assertThat(driver.findElement(By.id("stichtag-fehler")).getText())
                .isEqualTo("Bitte geben Sie den Stichtag mit Tag, Monat und Jahr ein, zum Beispiel 31.12.2026.");
        browser.check("vereinbarung-stichtag-ohne-tag");
    }

    @Test
    void aTermThatRenewsOnReviewShowsItsReviewsAndWhenItEnds() {
        browser.open("/netzwerke/" + steinfurtId + "/vereinbarungen/" + steinfurtAgreementId);

        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=regeln]")).getText()).contains(
                "Die Vereinbarung läuft 5 Jahre, gerechnet vom Ende des Jahres 2020, in dem sie in Kraft trat.",
                "verlängert sie sich um weitere 5 Jahre",
                "Die laufende Laufzeit endet am 31.12.2030.",
                "Eine ordentliche Kündigung ist ausgeschlossen. Die Vereinbarung endet mit ihrer Laufzeit oder wenn "
                        + "eine Nachfolgevereinbarung sie ablöst.");
        assertThat(browser.cells("section[aria-labelledby=ueberpruefungen] tbody tr")).containsExactly(List.of("20.11.2025",
                "kein Änderungsbedarf: verlängert", "Überprüfung ohne Änderungsbedarf"));
        browser.check("vereinbarung-ueberprueft");
    }

    @Test
    void anAgreementOfAnotherNetworkIsNotFound() {
        browser.open("/netzwerke/" + leipzigId + "/vereinbarungen/" + steinfurtAgreementId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        browser.check("vereinbarung-fremd");
        browser.open("/netzwerke/" + foreignId + "/vereinbarungen");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        assertThat(driver.getPageSource()).doesNotContain(FOREIGN);
        browser.check("vereinbarungen-fremd");
    }

    private static void pickDay(String day) {
        browser.typeInto("stichtag", day);
        browser.follow(driver.findElement(By.cssSelector("section[aria-labelledby=gebunden] form button[type=submit]")));
    }

    private static List<String> boundPartners() {
        return driver.findElements(By.cssSelector("#gebundene tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private static String idOf(List<Map<String, Object>> networks, String name) {
        return networks.stream().filter(n -> name.equals(n.get("name"))).map(n -> (String) n.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo network " + name));
    }
}
