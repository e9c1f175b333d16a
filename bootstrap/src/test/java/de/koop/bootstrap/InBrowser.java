package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.adapter.web.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on a running koop, with the moves every browser test of the web interface makes:
 * sign in, follow a link or press a button and wait for the page it leads to, type into a field, reach a field
 * with the keyboard alone, and check a page (no console error such as a CSP violation, no axe-core violation,
 * a screenshot under {@code target/screenshots}).
 *
 * <p>KERN scrolls smoothly; chromedriver would click where an element was before the scrolling, so every
 * click first scrolls the element to the middle at once. A click does not always wait for the page it leads
 * to, so every move that leaves the page waits until the old page is gone.
 */
final class InBrowser implements AutoCloseable {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    private final WebFixture web;
    private final Browser browser;

    private InBrowser(WebFixture web, Browser browser) {
        this.web = web;
        this.browser = browser;
    }

    static InBrowser on(WebFixture web) {
        return new InBrowser(web, Browser.start(Path.of("target", "screenshots")));
    }

    /** Closes the browser, if it started, and stops koop: a test class's last step. */
    static void stop(InBrowser browser, WebFixture web) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (web != null) {
                web.close();
            }
        }
    }

    ChromeDriver driver() {
        return browser.driver();
    }

    /** Opens a path of koop, such as {@code /netzwerke}. */
    void open(String path) {
        driver().get(web.url(path));
    }

    /** Signs in as the fixture's coordinator and waits for the list of networks. */
    void signIn() {
        signIn(WebFixture.COORDINATOR, WebFixture.COORDINATOR_PASSWORD);
        new WebDriverWait(driver(), PAGE_WAIT).until(ExpectedConditions.urlMatches(".*/netzwerke$"));
    }

    /** Fills and sends the sign-in form (whatever comes of it). */
    void signIn(String username, String password) {
        open("/anmelden");
        typeInto("username", username);
        typeInto("password", password);
        follow(driver().findElement(By.cssSelector("form[action='/anmelden'] button[type=submit]")));
    }

    /** Fills and sends the sign-in form the browser shows, as the fixture's coordinator. */
    void signInHere() {
        typeInto("username", WebFixture.COORDINATOR);
        typeInto("password", WebFixture.COORDINATOR_PASSWORD);
        follow(driver().findElement(By.cssSelector("form[action='/anmelden'] button[type=submit]")));
    }

    /** Clicks a link or button and waits for the page it leads to. */
    void follow(WebElement element) {
        WebElement before = driver().findElement(By.tagName("html"));
        driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), PAGE_WAIT).until(gone(before));
    }

    /** Follows the link with this text. */
    void followLink(String text) {
        follow(driver().findElement(By.linkText(text)));
    }

    /** Presses the button whose text contains this label and waits for the page it leads to. */
    void press(String label) {
        follow(driver().findElement(By.xpath("//button[contains(normalize-space(.), '" + label + "')]")));
    }

    /** Replaces what a field (by id) holds with this text. */
    void typeInto(String field, String text) {
        WebElement input = driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    /** What a field (by id) holds. */
    String valueOf(String field) {
        return driver().findElement(By.id(field)).getAttribute("value");
    }

    /** The text of an element (by id). */
    String textOf(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    /** Presses Tab from where the focus is until the field (by id) has it. */
    void tabTo(String field) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver()).sendKeys(Keys.TAB).perform();
            if (field.equals(driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + field);
    }

    /** Presses Enter on what has the focus and waits for the page it leads to. */
    void enter() {
        WebElement before = driver().findElement(By.tagName("html"));
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver(), PAGE_WAIT).until(gone(before));
    }

    /** The cells' texts of the rows the selector finds, such as {@code #partnerliste tbody tr}. */
    List<List<String>> cells(String rows) {
        return driver().findElements(By.cssSelector(rows)).stream().map(row -> row.findElements(By.tagName("td"))
                .stream().map(WebElement::getText).toList()).toList();
    }

    /**
     * The element belongs to a page no longer shown. While the old page is being replaced, chromedriver may say
     * so in other words than a stale element ("does not belong to the document").
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** The browser reported nothing wrong (such as a CSP violation), axe-core finds nothing, and the page is kept. */
    void check(String name) {
        assertThat(browser.consoleErrors()).as("console errors on " + name).isEmpty();
        assertThat(browser.accessibilityViolations()).as("axe-core on " + name).isEmpty();
        browser.screenshot(name);
    }

    /** The cookies the browser holds for koop, by name. */
    java.util.Map<String, String> cookies() {
        return browser.cookies();
    }

    /** Forgets every cookie: signed out, as in a new browser. */
    void forgetCookies() {
        driver().manage().deleteAllCookies();
    }

    /** The id of the element that has the focus. */
    String focused() {
        return driver().switchTo().activeElement().getAttribute("id");
    }

    @Override
    public void close() {
        browser.close();
    }
}
