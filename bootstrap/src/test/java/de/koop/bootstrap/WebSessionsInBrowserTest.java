package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Sessions in Debian's headless Chromium. Nothing is lost when the session ends: a coordinator opens the
 * deadlines signed out and finds them after signing in; then fills in a fulfilment, leaves it longer than a
 * session lasts without requests (a few seconds here), sends it, is asked to sign in, and finds the form filled
 * in as it was, not sent: checks it, sends it, and it is recorded. Opening the sign-out address asks first; an
 * address koop does not know, or one too long, gets a German page. koop's clock stands on 15.06.2026. Every page
 * is checked with axe-core and kept as a screenshot.
 */
class WebSessionsInBrowserTest {

    private static final Duration IDLE = Duration.ofSeconds(8);
    private static final String REPORT = "Jahresbericht an die Pflegekasse";

    private static WebFixture web;
    private static InBrowser browser;
    private static ChromeDriver driver;
    private static String reportId;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15",
                "micronaut.session.max-inactive-interval", IDLE.toMillis() + "ms"));
        // due every 31 March from 2025: overdue on 31.03.2026
        reportId = web.obligation(REPORT, "{\"type\": \"YEARLY\", \"dueDay\": \"03-31\"}", "2025-01-01", 0, null);
        browser = InBrowser.on(web);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        InBrowser.stop(browser, web);
    }

    @Test
    void aFormSentAfterTheSessionEndedIsFoundFilledInAfterSigningInAgain() {
        String deadlines = "/netzwerke/" + web.ownId() + "/fristen";
        browser.forgetCookies();
        browser.open(deadlines);
        assertThat(driver.getCurrentUrl()).contains("/anmelden?weiter=");
        assertThat(browser.textOf("anmeldung-noetig")).contains("Nach der Anmeldung geht es dort weiter.");
        browser.check("anmelden-weiter");
        browser.signInHere();
        assertThat(driver.getCurrentUrl()).endsWith(deadlines);
        browser.check("fristen-nach-anmeldung");

        String obligation = "/netzwerke/" + web.ownId() + "/pflichten/" + reportId + "?termin=2026-03-31";
        browser.open(obligation);
        browser.typeInto("erfuelltAm", "10.06.2026");
        browser.typeInto("vermerk", "Bericht per Post versandt");
        // the coordinator is called away; the session ends meanwhile
        RunningKoop.pause(IDLE.plusMillis(1500));
        send();

        assertThat(driver.getCurrentUrl()).contains("/anmelden?weiter=");
        assertThat(browser.textOf("sitzung-abgelaufen")).contains("Ihre Sitzung war abgelaufen. Ihre Eingaben sind aufbewahrt.");
        assertThat(fulfilments()).isEmpty();
        browser.check("anmelden-sitzung-abgelaufen");

        browser.signInHere();
        assertThat(driver.getCurrentUrl()).endsWith(obligation);
        assertThat(browser.textOf("eingaben-wiederhergestellt")).isEqualTo(
                "Ihre Eingaben sind wieder eingesetzt. Bitte prüfen Sie sie und senden Sie das Formular erneut ab.");
        assertThat(browser.valueOf("erfuelltAm")).isEqualTo("10.06.2026");
        assertThat(browser.valueOf("vermerk")).isEqualTo("Bericht per Post versandt");
        assertThat(new Select(driver.findElement(By.id("termin"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2026-03-31");
        assertThat(fulfilments()).isEmpty();
        browser.check("pflicht-eingaben-wiederhergestellt");

        send();
        assertThat(driver.getCurrentUrl()).endsWith(deadlines);
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Erfüllung ist erfasst: „" + REPORT
                + "“, fällig am 31.03.2026, erfüllt am 10.06.2026.");
        assertThat(fulfilments()).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("dueOn", "2026-03-31").containsEntry("fulfilledOn", "2026-06-10")
                .containsEntry("note", "Bericht per Post versandt"));
        browser.check("fristen-erfuellt-nach-anmeldung");
    }

    @Test
    void theSignOutAddressAsksFirstAndAddressesThatLeadNowhereGetAGermanPage() {
        browser.forgetCookies();
        browser.signIn();
        browser.open("/abmelden");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Abmelden");
        browser.check("abmelden-frage");
        browser.press("Jetzt abmelden");
        assertThat(driver.getCurrentUrl()).endsWith("/anmelden?abgemeldet");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sie haben sich abgemeldet.");

        browser.signIn();
        browser.open("/NETZWERKE");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        browser.check("unbekannte-adresse");
        browser.open("/netzwerke/" + web.ownId() + "/fristen?von=" + "1".repeat(9000));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Die Adresse ist zu lang");
        browser.check("adresse-zu-lang");
    }

    private static List<Map<String, Object>> fulfilments() {
        return web.fulfilments(reportId);
    }

    private static void send() {
        browser.follow(driver.findElement(By.cssSelector("form.koop-form button[type=submit]")));
    }
}
