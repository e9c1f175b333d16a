package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Messages koop could not deliver, as a coordinator finds them: the mail server is down (nobody listens on its
 * port, one attempt each), so the demo data's invitations and election results fail. The dashboard names the
 * newest and leads to all of them and to each one's page, where, with the mail server back, the coordinator
 * sends one again and finds it delivered. A member of the network does not see them; a form without its token
 * and another network's message change nothing. Every page is checked with axe-core and kept as a screenshot.
 */
class WebFailedMessagesInBrowserTest {

    private static final String MEMBER = "mitglied@example.org";
    private static final String MEMBER_PASSWORD = "Kennwort-des-Mitglieds";

    private static SmtpServer smtp;
    private static WebFixture web;
    private static Api admin;
    private static InBrowser browser;
    private static ChromeDriver driver;
    private static boolean mailServerUp;

    @BeforeAll
    static void start() {
        smtp = new SmtpServer();
        web = WebFixture.start(RunningKoop.sendingTo(smtp.port(), 1));
        admin = web.koop().api();
        SmtpServer.await("the demo data's messages failed", Duration.ofSeconds(20),
                () -> !failed(web.ownId()).isEmpty() && pending().isEmpty());
        browser = InBrowser.on(web);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        InBrowser.stop(browser, web);
        smtp.close();
    }

    @Test
    void aCoordinatorFindsAFailedMessageOnTheDashboardAndSendsItAgain() {
        List<Map<String, Object>> failed = failed(web.ownId());
        Map<String, Object> newest = failed.getFirst();
        String id = (String) newest.get("id");
        browser.signIn();
        browser.followLink(web.ownName());

        WebElement section = driver.findElement(By.cssSelector("section[aria-labelledby=nachrichten-fehlgeschlagen]"));
        assertThat(section.findElement(By.tagName("h2")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Nachrichten, die nicht zugestellt wurden " + failed.size());
        List<WebElement> shown = section.findElements(By.cssSelector("li a"));
        assertThat(shown).hasSize(Math.min(10, failed.size()));
        assertThat(shown.getFirst().getAttribute("href")).endsWith("/netzwerke/" + web.ownId() + "/nachrichten/" + id);
        assertThat(shown.getFirst().getText()).isEqualTo(newest.get("subject"));
        assertThat(section.findElement(By.tagName("li")).getText())
                .contains(": an " + newest.get("recipient") + ", erstellt am ");
        browser.check("uebersicht-nachrichten");

        browser.followLink("Alle " + failed.size() + " nicht zugestellten Nachrichten");
        assertThat(driver.getCurrentUrl()).endsWith("/netzwerke/" + web.ownId() + "/nachrichten");
        assertThat(browser.cells("#nachrichtenliste tbody tr")).hasSize(failed.size())
                .allSatisfy(row -> assertThat(row.get(2)).isIn("Einladung zu einer Sitzung", "Ergebnis einer Wahl"));
        browser.check("nachrichten");

        browser.follow(driver.findElement(By.cssSelector("#nachrichtenliste a[href$='" + id + "']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(newest.get("subject"));
        assertThat(browser.textOf("stand")).isEqualTo("Nicht zugestellt");
        assertThat(browser.textOf("grund")).contains("Connection refused");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains((String) newest.get("recipient"));
        browser.check("nachricht");

        mailServerBack();
        browser.press("Erneut senden");
        assertThat(driver.getCurrentUrl()).endsWith("/nachrichten/" + id);
        assertThat(browser.textOf("bestaetigung")).isEqualTo("Die Nachricht an " + newest.get("recipient")
                + " wird erneut gesendet. koop versucht es jetzt, bei Bedarf mehrmals.");
        browser.check("nachricht-erneut-gesendet");
        SmtpServer.await("the message delivered", Duration.ofSeconds(10),
                () -> "SENT".equals(admin.get("/api/v1/outbox/" + id).json().get("status")));
        assertThat(smtp.received()).anySatisfy(mail -> assertThat(mail.to()).containsExactly((String) newest.get("recipient")));

        driver.navigate().refresh();
        assertThat(browser.textOf("stand")).startsWith("Zugestellt am ");
        assertThat(driver.findElements(By.id("bestaetigung"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Erneut senden')]"))).isEmpty();
        browser.check("nachricht-zugestellt");
        browser.open("/netzwerke/" + web.ownId());
        assertThat(driver.findElement(By.id("nachrichten-fehlgeschlagen")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Nachrichten, die nicht zugestellt wurden " + (failed.size() - 1));
    }

    @Test
    void aRetryNeedsItsTokenAFailedMessageAndTheRightNetwork() throws Exception {
        WebHttp http = new WebHttp(web);
        String session = http.signIn();
        List<Map<String, Object>> failed = failed(web.ownId());
        String id = (String) failed.getLast().get("id");
        String page = "/netzwerke/" + web.ownId() + "/nachrichten/" + id;
        String token = WebHttp.token(http.get(page, session).body());

        assertThat(http.post(page + "/erneut-senden", session, null).statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("FAILED");
        // a message of another network is not found under this one, nor that network's list
        String foreign = (String) admin.get("/api/v1/outbox?status=FAILED&size=100").items().stream()
                .filter(m -> !web.ownId().equals(m.get("networkId"))).findFirst().orElseThrow().get("id");
        assertThat(http.get("/netzwerke/" + web.ownId() + "/nachrichten/" + foreign, session).statusCode()).isEqualTo(404);
        assertThat(http.post("/netzwerke/" + web.ownId() + "/nachrichten/" + foreign + "/erneut-senden", session, token)
                .statusCode()).isEqualTo(404);
        assertThat(http.get("/netzwerke/" + web.otherId() + "/nachrichten", session).statusCode()).isEqualTo(404);
        assertThat(http.get("/netzwerke/" + web.ownId() + "/nachrichten/keine-nachricht", session).statusCode())
                .isEqualTo(404);
        assertThat(status(foreign)).isEqualTo("FAILED");

        // sent again twice, as from two windows: the second is told it is no longer failed
        mailServerBack();
        assertThat(http.post(page + "/erneut-senden", session, token).statusCode()).isEqualTo(303);
        HttpResponse<String> twice = http.post(page + "/erneut-senden", session, token);
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("Nur fehlgeschlagene Benachrichtigungen können erneut gesendet werden");
    }

    @Test
    void aMemberOfTheNetworkDoesNotReadItsMessages() throws Exception {
        String partner = (String) admin.get("/api/v1/networks/" + web.ownId() + "/partners").items().getFirst().get("id");
        String member = admin.post("/api/v1/users", "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(MEMBER, MEMBER_PASSWORD)).string("id");
        assertThat(admin.put("/api/v1/users/" + member + "/networks/" + web.ownId(),
                "{\"role\": \"MEMBER\", \"partnerId\": \"%s\"}".formatted(partner)).status()).isEqualTo(200);
        WebHttp http = new WebHttp(web);
        String session = http.signIn(MEMBER, MEMBER_PASSWORD);

        HttpResponse<String> dashboard = http.get("/netzwerke/" + web.ownId(), session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Fristen").doesNotContain("nicht zugestellt");
        String id = (String) failed(web.ownId()).getFirst().get("id");
        assertThat(http.get("/netzwerke/" + web.ownId() + "/nachrichten/" + id, session).statusCode()).isEqualTo(403);
        assertThat(http.get("/netzwerke/" + web.ownId() + "/nachrichten", session).statusCode()).isEqualTo(403);
    }

    /** The mail server is back: a message sent again is delivered (and not parked as failed again at once). */
    private static synchronized void mailServerBack() {
        if (!mailServerUp) {
            smtp.start();
            mailServerUp = true;
        }
    }

    /** The network's failed messages, newest first, as the API lists them to an administrator. */
    private static List<Map<String, Object>> failed(String network) {
        return admin.get("/api/v1/outbox?status=FAILED&size=100").items().stream()
                .filter(m -> network.equals(m.get("networkId"))).toList();
    }

    private static List<Map<String, Object>> pending() {
        return admin.get("/api/v1/outbox?status=PENDING&size=100").items();
    }

    private static String status(String id) {
        return (String) admin.get("/api/v1/outbox/" + id).json().get("status");
    }
}
