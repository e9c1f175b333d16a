package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web interface's session and form token over plain HTTP, where headers and cookies can be read:
 * sign-in starts a new session, forms without the token are refused, the headers keep inline code out,
 * and the API stays with bearer tokens.
 */
class WebSessionSecurityTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("KOOP_SESSION=([^;]*)");

    private static WebFixture web;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        web = WebFixture.start();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void signingInStartsANewSessionAndSigningOutEndsIt() throws Exception {
        HttpResponse<String> form = get("/anmelden", null);
        String anonymous = session(form).orElseThrow();
        String token = token(form.body());

        HttpResponse<String> signedIn = post("/anmelden", anonymous, token, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/netzwerke");
        String session = session(signedIn).orElseThrow();
        assertThat(session).isNotEqualTo(anonymous);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("KOOP_SESSION=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        assertThat(get("/netzwerke", session).statusCode()).isEqualTo(200);
        // the id from before signing in is worth nothing now (no session fixation)
        assertThat(get("/netzwerke", anonymous).headers().firstValue("Location")).contains("/anmelden");

        HttpResponse<String> start = get("/netzwerke", session);
        HttpResponse<String> signedOut = post("/abmelden", session, token(start.body()));
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("KOOP_SESSION=;").contains("Max-Age=0"));
        assertThat(get("/netzwerke", session).headers().firstValue("Location")).contains("/anmelden");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedWithAGermanPage() throws Exception {
        HttpResponse<String> form = get("/anmelden", null);
        String anonymous = session(form).orElseThrow();

        HttpResponse<String> withoutToken = post("/anmelden", anonymous, null, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(withoutToken.body()).contains("Das ist nicht erlaubt").contains("lang=\"de\"");
        assertThat(session(withoutToken)).isEmpty();

        HttpResponse<String> wrongToken = post("/anmelden", anonymous, "nachgemacht", "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        // another session's token does not count either
        String otherToken = token(get("/anmelden", null).body());
        assertThat(post("/anmelden", anonymous, otherToken, "username", WebFixture.COORDINATOR,
                "password", WebFixture.COORDINATOR_PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWhoseBodyArrivesLateIsHandled() throws Exception {
        HttpResponse<String> form = get("/anmelden", null);
        String body = "csrfToken=" + enc(token(form.body())) + "&username=" + enc(WebFixture.COORDINATOR)
                + "&password=" + enc(WebFixture.COORDINATOR_PASSWORD);
        URI base = URI.create(web.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /anmelden HTTP/1.1\r\nHost: " + base.getHost() + "\r\nCookie: KOOP_SESSION="
                    + session(form).orElseThrow() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
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
        HttpResponse<String> page = get("/anmelden", null);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContain("<style").doesNotContain(" style=").doesNotContain("<script>");
        assertThat(get("/assets/kern/kern.min.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/htmx/htmx.min.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutSignInPagesLeadToTheSignInPage() throws Exception {
        assertThat(get("/", null).headers().firstValue("Location")).contains("/anmelden");
        HttpResponse<String> dashboard = get("/netzwerke/" + web.ownId(), null);
        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).contains("/anmelden");
    }

    @Test
    void unknownPagesAnswerWithAGermanPage() throws Exception {
        String session = signIn();
        HttpResponse<String> unknown = get("/netzwerke/" + UUID.randomUUID(), session);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Seite nicht gefunden");
        assertThat(get("/netzwerke/kein-netzwerk/partner", session).statusCode()).isEqualTo(404);
        assertThat(get("/netzwerke/" + web.ownId() + "/gibt-es-nicht", session).body()).contains("Seite nicht gefunden");
    }

    @Test
    void theApiKeepsItsBearerTokensAndProblems() throws Exception {
        String session = signIn();
        HttpResponse<String> api = get("/api/v1/networks", session);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String signIn() throws Exception {
        HttpResponse<String> form = get("/anmelden", null);
        HttpResponse<String> signedIn = post("/anmelden", session(form).orElseThrow(), token(form.body()),
                "username", WebFixture.COORDINATOR, "password", WebFixture.COORDINATOR_PASSWORD);
        return session(signedIn).orElseThrow();
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(path))).header("Accept", "text/html").GET();
        if (session != null) {
            request.header("Cookie", "KOOP_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String token, String... fields)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(token == null ? "" : "csrfToken=" + enc(token));
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "KOOP_SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).filter(value -> !value.isEmpty()).findFirst();
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a form token in the page").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
