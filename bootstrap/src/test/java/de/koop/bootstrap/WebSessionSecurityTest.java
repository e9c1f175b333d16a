package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web interface's session and form token over plain HTTP, where headers and cookies can be read:
 * sign-in starts a new session, forms without the token are refused, the headers keep inline code out,
 * and the API stays with bearer tokens.
 */
class WebSessionSecurityTest {

    private static WebFixture web;
    private static WebHttp http;

    @BeforeAll
    static void start() {
        web = WebFixture.start();
        http = new WebHttp(web);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void signingInStartsANewSessionAndSigningOutEndsIt() throws Exception {
        HttpResponse<String> form = http.get("/anmelden", null);
        String anonymous = WebHttp.session(form).orElseThrow();
        String token = WebHttp.token(form.body());

        HttpResponse<String> signedIn = http.post("/anmelden", anonymous, token, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/netzwerke");
        String session = WebHttp.session(signedIn).orElseThrow();
        assertThat(session).isNotEqualTo(anonymous);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("KOOP_SESSION=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        assertThat(http.get("/netzwerke", session).statusCode()).isEqualTo(200);
        // the id from before signing in is worth nothing now (no session fixation)
        assertThat(http.get("/netzwerke", anonymous).headers().firstValue("Location")).contains("/anmelden");

        HttpResponse<String> start = http.get("/netzwerke", session);
        HttpResponse<String> signedOut = http.post("/abmelden", session, WebHttp.token(start.body()));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("KOOP_SESSION=;").contains("Max-Age=0"));
        assertThat(http.get("/netzwerke", session).headers().firstValue("Location")).contains("/anmelden");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedWithAGermanPage() throws Exception {
        HttpResponse<String> form = http.get("/anmelden", null);
        String anonymous = WebHttp.session(form).orElseThrow();

        HttpResponse<String> withoutToken = http.post("/anmelden", anonymous, null, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutToken.body()).contains("Das konnte nicht ausgeführt werden").contains("lang=\"de\"");
        assertThat(WebHttp.session(withoutToken)).isEmpty();

        HttpResponse<String> wrongToken = http.post("/anmelden", anonymous, "nachgemacht", "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        // another session's token does not count either
        String otherToken = WebHttp.token(http.get("/anmelden", null).body());
        assertThat(http.post("/anmelden", anonymous, otherToken, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWhoseBodyArrivesLateIsHandled() throws Exception {
        HttpResponse<String> form = http.get("/anmelden", null);
        String body = "csrfToken=" + WebHttp.enc(WebHttp.token(form.body())) + "&username=" + WebHttp.enc(WebFixture.COORDINATOR)
                + "&password=" + WebHttp.enc(WebFixture.COORDINATOR_PASSWORD);
        URI base = URI.create(web.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /anmelden HTTP/1.1\r\nHost: " + base.getHost() + "\r\nCookie: KOOP_SESSION="
                    + WebHttp.session(form).orElseThrow() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 303");
        }
    }

    @Test
    void pagesForbidInlineScriptsAndStyles() throws Exception {
        HttpResponse<String> page = http.get("/anmelden", null);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContain("<style").doesNotContain(" style=").doesNotContain("<script>");
        assertThat(http.get("/assets/kern/kern.min.css", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/assets/htmx/htmx.min.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutSignInPagesLeadToTheSignInPage() throws Exception {
        assertThat(http.get("/", null).headers().firstValue("Location")).contains("/anmelden");
        HttpResponse<String> dashboard = http.get("/netzwerke/" + web.ownId(), null);
        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).contains("/anmelden");
    }

    @Test
    void aPartOfAPageAskedForAfterTheSessionEndedTakesTheWholePageToTheSignIn() throws Exception {
        HttpResponse<String> partners = http.get("/netzwerke/" + web.ownId() + "/partner?bereich=HOSPITAL", null, true);

        assertThat(partners.statusCode()).isEqualTo(200);
        assertThat(partners.headers().firstValue("HX-Redirect")).contains("/anmelden");
        assertThat(partners.body()).isEmpty();
    }

    @Test
    void unknownPagesAnswerWithAGermanPage() throws Exception {
        String session = http.signIn();
        HttpResponse<String> unknown = http.get("/netzwerke/" + UUID.randomUUID(), session);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Seite nicht gefunden");
        assertThat(http.get("/netzwerke/kein-netzwerk/partner", session).statusCode()).isEqualTo(404);
        assertThat(http.get("/netzwerke/" + web.ownId() + "/gibt-es-nicht", session).body()).contains("Seite nicht gefunden");
    }

    @Test
    void theApiKeepsItsBearerTokensAndProblems() throws Exception {
        String session = http.signIn();
        HttpResponse<String> api = http.get("/api/v1/networks", session);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
    }

}
