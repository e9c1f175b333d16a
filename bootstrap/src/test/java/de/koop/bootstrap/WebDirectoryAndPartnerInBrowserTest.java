package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public directory as an anonymous visitor sees it, and a partner's page as a coordinator opens it from the
 * partner list, records a consent to publication (a wrong date first) and reads a former partner without its
 * contacts. Every page is checked with axe-core and kept as a screenshot, as in {@link WebInterfaceInBrowserTest}.
 */
class WebDirectoryAndPartnerInBrowserTest {

    /** The demo network with a former partner (its termination took effect on 30 June 2024). */
    private static final String LEIPZIG = "Leipziger Kooperation Pflege";

    private static WebFixture web;
    private static InBrowser browser;
    private static ChromeDriver driver;
    private static String leipzig;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
        Api admin = web.koop().api();
        leipzig = (String) admin.get("/api/v1/networks").items().stream().filter(n -> LEIPZIG.equals(n.get("name")))
                .findFirst().orElseThrow().get("id");
        assertThat(admin.put("/api/v1/users/" + web.coordinatorId() + "/networks/" + leipzig,
                "{\"role\": \"COORDINATOR\"}").status()).isEqualTo(200);
        browser = InBrowser.on(web);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        InBrowser.stop(browser, web);
    }

    @BeforeEach
    void signedOut() {
        browser.forgetCookies();
    }

    @Test
    void anAnonymousVisitorReadsWhatThePartnersConsentedTo() {
        browser.open("/verzeichnis/" + leipzig);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(LEIPZIG + " (LeiKoP)");
        assertThat(driver.findElements(By.cssSelector("form[action='/abmelden']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".koop-directory h2")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(publishedNames());
        String page = driver.findElement(By.tagName("main")).getText();
        // the city consented to both, the cost bearer to its logo only, the former partner to nothing
        assertThat(page).contains("Katrin Böhme", "koordination.pflege@leipzig.example", "Prager Straße 21")
                .contains("AOK PLUS – Pflegekasse").doesNotContain("Sabine Krüger")
                .doesNotContain("Diakonie-Sozialstation Leipzig-Grünau").doesNotContain("Peter Hoffmann");
        assertThat(driver.findElement(By.linkText("Logo von AOK PLUS – Pflegekasse")).getAttribute("href"))
                .isEqualTo("https://aokplus.example/logo.png");
        browser.check("verzeichnis");

        browser.open("/verzeichnis/" + UUID.randomUUID());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        browser.open("/verzeichnis/kein-netzwerk");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
    }

    @Test
    void aCoordinatorOpensAPartnerFromTheListAndRecordsItsConsent() {
        browser.signIn();
        browser.open("/netzwerke/" + leipzig + "/partner");
        browser.followLink("Klinikum St. Georg – Sozialdienst");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/partner/[0-9a-f-]{36}$"));

        assertThat(driver.getCurrentUrl()).matches(".*/netzwerke/" + leipzig + "/partner/[0-9a-f-]{36}$");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Klinikum St. Georg – Sozialdienst");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Krankenhaus", "Delitzscher Straße 141, 04129 Leipzig", "Dr. Martin Lange",
                "Logo: nicht erteilt", "Ansprechpersonen: erteilt am 15.01.2024");
        assertThat(driver.findElements(By.cssSelector("#vereinbarungen ~ table tbody tr td")).stream()
                .map(WebElement::getText).toList())
                .containsExactly("Rahmenvereinbarung Leipziger Kooperation Pflege", "Rahmenvereinbarung",
                        "beigetreten am 02.03.2021", "nicht gekündigt");
        browser.check("partner-einzeln");

        driver.findElement(By.id("datum-LOGO")).sendKeys("31.02.2024");
        browser.press("Einwilligung erfassen (Logo)");
        assertThat(driver.getTitle()).startsWith("Fehler: ");
        assertThat(driver.findElement(By.id("datum-LOGO-fehler")).getText())
                .isEqualTo("Bitte geben Sie das Datum als Tag, Monat und Jahr ein, zum Beispiel 31.12.2026.");
        assertThat(driver.findElement(By.id("datum-LOGO")).getAttribute("value")).isEqualTo("31.02.2024");
        browser.check("partner-einwilligung-fehler");

        browser.typeInto("datum-LOGO", "1.3.2024");
        browser.press("Einwilligung erfassen (Logo)");
        assertThat(driver.getCurrentUrl()).endsWith("?gespeichert=LOGO-erteilt");
        assertThat(driver.findElement(By.cssSelector(".kern-alert--success")).getText())
                .isEqualTo("Die Einwilligung zur Veröffentlichung des Logos ist erfasst.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Logo: erteilt am 01.03.2024");
        browser.check("partner-einwilligung-erfasst");

        browser.press("Widerruf erfassen (Logo)");
        assertThat(driver.findElement(By.cssSelector(".kern-alert--success")).getText())
                .isEqualTo("Der Widerruf der Einwilligung zur Veröffentlichung des Logos ist erfasst.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Logo: widerrufen am");
        browser.check("partner-widerruf-erfasst");
    }

    @Test
    void aFormerPartnersContactsAreHiddenFromItsCoordinator() {
        browser.signIn();
        browser.open("/netzwerke/" + leipzig + "/partner");
        browser.followLink("Diakonie-Sozialstation Leipzig-Grünau");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/partner/[0-9a-f-]{36}$"));

        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Der Partner ist aus dem Netzwerk ausgeschieden. Seine Ansprechpersonen sehen nur")
                .contains("Heute bindet den Partner keine Vereinbarung des Netzwerks.")
                .doesNotContain("Peter Hoffmann");
        browser.check("partner-ausgeschieden");
    }

    @Test
    void theDirectoryStartsNoSessionAndConsentFormsNeedTheirTokenAndTheirOwnFields() throws Exception {
        WebHttp http = new WebHttp(web);
        HttpResponse<String> directory = http.get("/verzeichnis/" + leipzig, null);
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(WebHttp.session(directory)).isEmpty();

        String session = http.signIn();
        String partner = "/netzwerke/" + leipzig + "/partner/" + partnerId("Klinikum St. Georg – Sozialdienst");
        String token = WebHttp.token(http.get(partner, session).body());
        String consents = partner + "/veroeffentlichung";
        assertThat(http.post(consents, session, null, "umfang", "LOGO", "aktion", "erteilen").statusCode()).isEqualTo(403);
        assertThat(http.post(consents, session, token, "umfang", "ALLES", "aktion", "erteilen").statusCode()).isEqualTo(400);
        assertThat(http.post(consents, session, token, "umfang", "LOGO", "aktion", "loeschen").statusCode()).isEqualTo(400);
        // a consent that is not there cannot be withdrawn: named beside the date, nothing changed
        HttpResponse<String> refused = http.post(consents, session, token, "umfang", "LOGO", "aktion", "widerrufen");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Es liegt keine Einwilligung zur Veröffentlichung (Logo) vor");

        assertThat(http.get("/netzwerke/" + leipzig + "/partner/kein-partner", session).statusCode()).isEqualTo(404);
        assertThat(http.get("/netzwerke/" + leipzig + "/partner/" + UUID.randomUUID(), session).statusCode()).isEqualTo(404);
        // the coordinator of both networks asks for one network's partner under the other's address
        assertThat(http.get("/netzwerke/" + web.ownId() + partner.substring(partner.indexOf("/partner/")), session)
                .statusCode()).isEqualTo(404);
    }

    private static String partnerId(String name) {
        return (String) web.koop().api().get("/api/v1/networks/" + leipzig + "/partners?size=100").items().stream()
                .filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow().get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<String> publishedNames() {
        Map<String, Object> partners = (Map<String, Object>) web.koop().anonymousApi()
                .get("/api/v1/public/networks/" + leipzig + "/directory").json().get("partners");
        return ((List<Map<String, Object>>) partners.get("items")).stream().map(p -> (String) p.get("name")).toList();
    }
}
