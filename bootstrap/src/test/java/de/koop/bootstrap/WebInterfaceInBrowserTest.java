package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.partner.PartnerCategory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator in Debian's headless Chromium: signs in, reads the start page, a network's dashboard and its
 * partners by category. Every page is checked with axe-core (WCAG 2.1 A and AA), must raise no console error
 * (a blocked inline style or script would), and is kept as a screenshot in {@code target/screenshots}.
 * One browser for the class, since starting one takes seconds.
 */
class WebInterfaceInBrowserTest {

    private static WebFixture web;
    private static InBrowser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
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
    void aCoordinatorSignsInAndReadsTheDashboardAndThePartners() {
        browser.open("/");
        assertThat(driver.getCurrentUrl()).endsWith("/anmelden");
        browser.check("anmelden");
        String before = browser.cookies().get("KOOP_SESSION");

        browser.signIn();
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke");
        assertThat(browser.cookies().get("KOOP_SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Meine Netzwerke");
        List<String> networks = driver.findElements(By.cssSelector("main table a")).stream().map(WebElement::getText).toList();
        assertThat(networks).containsExactly(web.ownName());
        browser.check("startseite");

        browser.followLink(web.ownName());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(web.ownName());
        assertThat(driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText))
                .anySatisfy(h -> assertThat(h).startsWith("Gremien, die tagen müssten"))
                .anySatisfy(h -> assertThat(h).startsWith("Sitzungen ohne Protokoll"))
                .anySatisfy(h -> assertThat(h).startsWith("Amtszeiten, die bald enden"))
                .anySatisfy(h -> assertThat(h).startsWith("Fristen"));
        assertThat(driver.findElement(By.tagName("main")).getText()).containsPattern("Stand: \\d{2}\\.\\d{2}\\.\\d{4}");
        browser.check("uebersicht");

        browser.followLink("Partner");
        List<String> all = partnerCategories();
        assertThat(all).hasSizeGreaterThan(1);
        browser.check("partner");

        String category = all.get(0);
        new Select(driver.findElement(By.id("bereich"))).selectByVisibleText(category);
        // htmx replaces the list only: no new page to wait for, but the list and the address
        driver.findElement(By.cssSelector("form.koop-filter button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("bereich="));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> partnerCategories().stream().allMatch(category::equals));
        assertThat(partnerCategories()).isNotEmpty().containsOnly(category);
        assertThat(driver.getCurrentUrl()).contains("bereich=" + codeOf(category));
        browser.check("partner-gefiltert");

        browser.follow(driver.findElement(By.cssSelector("form[action='/abmelden'] button")));
        assertThat(driver.getCurrentUrl()).contains("/anmelden");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Sie haben sich abgemeldet.");
        browser.check("abgemeldet");
        browser.open("/netzwerke");
        assertThat(driver.getCurrentUrl()).endsWith("/anmelden");
    }

    @Test
    void aWrongPasswordIsNamedBesideTheFieldAndTheUsernameStays() {
        browser.signIn(WebFixture.COORDINATOR, "falsches-Kennwort");
        assertThat(driver.getTitle()).startsWith("Fehler: Anmelden");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(WebFixture.COORDINATOR);
        assertThat(browser.textOf("password-fehler"))
                .isEqualTo("Benutzername oder Passwort ist falsch. Bitte prüfen Sie beides.");
        assertThat(driver.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("password-fehler");
        assertThat(driver.findElement(By.cssSelector(".kern-alert--danger a[href='#password']")).getText())
                .isEqualTo("Benutzername oder Passwort ist falsch. Bitte prüfen Sie beides.");
        // the summary has the focus, so that a screen reader reads it first
        assertThat(browser.focused()).isEqualTo("fehler");
        browser.check("anmelden-fehler");
    }

    @Test
    void anotherNetworksDashboardIsNotFound() {
        browser.signIn();
        browser.open("/netzwerke/" + web.otherId());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        assertThat(driver.getPageSource()).doesNotContain(web.otherName());
        browser.check("nicht-gefunden");
    }

    private List<String> partnerCategories() {
        return driver.findElements(By.cssSelector("#partnerliste tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    private static String codeOf(String label) {
        for (PartnerCategory category : PartnerCategory.values()) {
            if (category.label().equals(label)) {
                return category.name();
            }
        }
        throw new AssertionError("no category " + label);
    }
}
