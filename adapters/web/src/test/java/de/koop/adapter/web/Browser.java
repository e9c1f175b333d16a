package de.koop.adapter.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through its own chromedriver (nothing is downloaded), with axe-core
 * at hand for the accessibility checks and screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String axe;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String axe, Path screenshots) {
        this.driver = driver;
        this.axe = axe;
        this.screenshots = screenshots;
    }

    public static Browser start(Path screenshots) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1024", "--lang=de-DE");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                driver.quit();
                throw new IllegalStateException("axe-core is missing from the test class path (npm ci in adapters/web)");
            }
            Files.createDirectories(screenshots);
            return new Browser(driver, new String(in.readAllBytes(), StandardCharsets.UTF_8), screenshots);
        } catch (IOException e) {
            driver.quit();
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The WCAG 2.1 A/AA rules axe-core finds broken on the current page, as "rule: nodes" lines. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));", WCAG);
        return (List<String>) result;
    }

    /**
     * What the browser's console warned of since the last call, such as a blocked inline style (CSP), a
     * script error or a style sheet not found; not the status of a page itself, which a page may answer on
     * purpose (404, or 422 for a form to correct) and its test checks.
     */
    public List<String> consoleErrors() {
        String page = driver.getCurrentUrl().replaceFirst("[?#].*$", "");
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !(message.replaceFirst("^([^ ?#]*)[?#]\\S*", "$1").startsWith(page + " ")
                        && message.contains("the server responded with a status of 4")))
                .toList();
    }

    /** Saves a screenshot of the current page as {@code name.png}. */
    public Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cookies the browser holds for the current site, by name. */
    public Map<String, String> cookies() {
        return driver.manage().getCookies().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.getName(), c -> c.getValue()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
