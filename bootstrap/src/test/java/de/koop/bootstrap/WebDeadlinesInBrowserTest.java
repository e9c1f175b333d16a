package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator in Debian's headless Chromium works with the deadlines of a network: opens them from the
 * network's navigation, filters them by party and period (a day that does not exist first), records a
 * fulfilment without a day and with a day in the future (each refused beside the field, what was typed
 * stays, nothing is recorded, the summary of the errors has the focus), then, with the keyboard
 * alone, with a good day, and finds it confirmed and the deadline met. koop's clock stands on 15.06.2026.
 * Every page is checked with axe-core and kept as a screenshot, as in {@link WebInterfaceInBrowserTest}.
 */
class WebDeadlinesInBrowserTest {

    private static final String REPORT = "Jahresbericht an die Pflegekasse";
    private static final String MONTHLY = "Monatliche Belegungsmeldung";

    private static WebFixture web;
    private static InBrowser browser;
    private static ChromeDriver driver;
    private static String reportId;
    private static String reporter;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.test.today", "2026-06-15"));
        reporter = (String) web.koop().api().get("/api/v1/networks/" + web.ownId() + "/partners").items().get(0).get("name");
        // due every 31 March from 2025: overdue on 31.03.2026, open on 31.03.2027
        reportId = web.obligation(REPORT, "{\"type\": \"YEARLY\", \"dueDay\": \"03-31\"}", "2025-01-01", 0, 1);
        web.obligation(MONTHLY, "{\"type\": \"MONTHLY\", \"dayOfMonth\": 15}", "2026-05-01", 2, null);
        browser = InBrowser.on(web);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        InBrowser.stop(browser, web);
    }

    @Test
    void aCoordinatorFiltersTheDeadlinesAndRecordsAFulfilment() {
        browser.signIn();
        browser.followLink(web.ownName());
        // the dashboard names the overdue deadline and leads to where it is met
        assertThat(driver.findElement(By.linkText(REPORT)).getAttribute("href"))
                .endsWith("/netzwerke/" + web.ownId() + "/pflichten/" + reportId + "?termin=2026-03-31");

        browser.follow(driver.findElement(By.cssSelector("nav[aria-label=Netzwerk]")).findElement(By.linkText("Fristen")));
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke/" + web.ownId() + "/fristen");
        assertThat(rows()).contains(
                List.of("31.03.2026", REPORT, "Überfällig"),
                List.of("15.05.2026", MONTHLY, "Überfällig"),
                List.of("15.06.2026", MONTHLY, "Offen"),
                List.of("31.03.2027", REPORT, "Offen"));
        assertThat(browser.valueOf("von")).isEqualTo("15.06.2025");
        browser.check("fristen");

        browser.typeInto("von", "32.01.2026");
        browser.follow(driver.findElement(By.cssSelector("form.koop-filter button")));
        assertThat(browser.textOf("von-fehler"))
                .isEqualTo("Fällig ab: Bitte geben Sie ein Datum wie 31.12.2026 ein (Tag, Monat, Jahr).");
        assertThat(browser.valueOf("von")).isEqualTo("32.01.2026");
        browser.check("fristen-fehler");

        new Select(driver.findElement(By.id("partei"))).selectByVisibleText(reporter);
        browser.typeInto("von", "1.1.2026");
        browser.typeInto("bis", "31.12.2026");
        browser.follow(driver.findElement(By.cssSelector("form.koop-filter button")));
        assertThat(rows()).containsExactly(List.of("31.03.2026", REPORT, "Überfällig"));
        assertThat(driver.getCurrentUrl()).contains("von=1.1.2026").contains("bis=31.12.2026");
        browser.check("fristen-gefiltert");

        browser.follow(driver.findElement(By.partialLinkText(REPORT)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(REPORT);
        assertThat(new Select(driver.findElement(By.id("termin"))).getFirstSelectedOption().getText())
                .isEqualTo("fällig am 31.03.2026 (überfällig)");
        browser.check("pflicht");

        driver.findElement(By.id("vermerk")).sendKeys("Bericht per Post versandt");
        send();
        assertThat(browser.textOf("erfuelltAm-fehler"))
                .isEqualTo("Bitte geben Sie an, an welchem Tag die Pflicht erfüllt wurde.");
        assertThat(browser.valueOf("vermerk")).isEqualTo("Bericht per Post versandt");
        browser.typeInto("erfuelltAm", "01.07.2026");
        send();
        assertThat(driver.getTitle()).startsWith("Fehler: " + REPORT);
        assertThat(browser.textOf("erfuelltAm-fehler")).isEqualTo("Der Tag der Erfüllung liegt in der Zukunft.");
        assertThat(driver.findElement(By.id("erfuelltAm")).getAttribute("aria-describedby"))
                .isEqualTo("erfuelltAm-hinweis erfuelltAm-fehler");
        assertThat(driver.findElement(By.cssSelector(".kern-alert--danger a[href='#erfuelltAm']")).getText())
                .isEqualTo("Der Tag der Erfüllung liegt in der Zukunft.");
        // the summary has the focus, so that a screen reader reads what is wrong first
        assertThat(browser.focused()).isEqualTo("fehler");
        assertThat(browser.valueOf("erfuelltAm")).isEqualTo("01.07.2026");
        assertThat(browser.valueOf("vermerk")).isEqualTo("Bericht per Post versandt");
        assertThat(new Select(driver.findElement(By.id("termin"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2026-03-31");
        assertThat(fulfilments()).isEmpty();
        browser.check("pflicht-fehler");

        // with the keyboard alone: Tab to the day, replace it, Enter sends the form
        browser.tabTo("erfuelltAm");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("10.06.2026").perform();
        browser.enter();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/fristen"));
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke/" + web.ownId() + "/fristen");
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Erfüllung ist erfasst: „"
                + REPORT + "“, fällig am 31.03.2026, erfüllt am 10.06.2026.");
        assertThat(rows()).contains(List.of("31.03.2026", REPORT, "Erfüllt am 10.06.2026"));
        assertThat(fulfilments()).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("dueOn", "2026-03-31").containsEntry("fulfilledOn", "2026-06-10")
                .containsEntry("note", "Bericht per Post versandt"));
        browser.check("fristen-erfuellt");

        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("bestaetigung"))).isEmpty();
    }

    /** Due day, obligation and status of each deadline listed (the title as seen, without what only screen readers read). */
    private static List<List<String>> rows() {
        return driver.findElements(By.cssSelector("#fristenliste tbody tr")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String title = (String) driver.executeScript("return arguments[0].querySelector('a').firstChild.textContent",
                    cells.get(1));
            return List.of(cells.get(0).getText(), title.strip(), cells.get(4).getText());
        }).toList();
    }

    private static List<Map<String, Object>> fulfilments() {
        return web.fulfilments(reportId);
    }

    /** Sends the fulfilment form and waits for the page it answers with. */
    private static void send() {
        browser.follow(driver.findElement(By.cssSelector("form.koop-form button[type=submit]")));
    }
}
