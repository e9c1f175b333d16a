package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.adapter.web.Browser;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API's reference page in Debian's headless Chromium, without signing in: Swagger UI shows every
 * operation of the served document under its German tag names, an operation opened shows its error
 * answers, and the page keeps koop's Content-Security-Policy (no inline script or style: the console shows
 * no violation) and passes axe-core. A screenshot of each state goes to {@code target/screenshots}.
 */
class ApiReferenceInBrowserTest {

    @Test
    void anyoneReadsTheApiInTheBrowser() {
        try (RunningKoop koop = RunningKoop.inMemory(); Browser browser = Browser.start(Path.of("target", "screenshots"))) {
            String url = koop.anonymousApi().baseUri().resolve("/api-docs").toString();
            HttpResponse<String> page = Api.exchange(HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(java.net.URI.create(url)).GET().build());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("script-src 'self'").doesNotContain("unsafe");

            ChromeDriver driver = browser.driver();
            driver.get(url);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() > 60);
            List<String> tags = driver.findElements(By.cssSelector(".opblock-tag")).stream().map(WebElement::getText)
                    .toList();
            assertThat(String.join(" ", tags)).contains("Anmeldung –", "Vereinbarungen –", "Öffentliches Verzeichnis –");
            check(browser, "api-reference");

            WebElement signIn = driver.findElement(By.cssSelector("#operations-auth-signIn .opblock-summary-control"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", signIn);
            signIn.click();
            wait.until(d -> !d.findElements(By.cssSelector("#operations-auth-signIn .responses-table")).isEmpty());
            String responses = driver.findElement(By.cssSelector("#operations-auth-signIn .responses-table")).getText();
            assertThat(responses).contains("200", "400", "401", "429");
            check(browser, "api-reference-sign-in");
        }
    }

    private static void check(Browser browser, String name) {
        assertThat(browser.consoleErrors()).as("console errors on " + name).isEmpty();
        assertThat(browser.accessibilityViolations()).as("axe-core on " + name).isEmpty();
        browser.screenshot(name);
    }
}
