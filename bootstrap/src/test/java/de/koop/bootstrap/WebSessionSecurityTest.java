package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        // and back to it after signing in
        assertThat(dashboard.headers().firstValue("Location"))
                .contains("/anmelden?weiter=" + WebHttp.enc("/netzwerke/" + web.ownId()));
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

    @Test
    void aPageOpenedSignedOutIsOpenedAfterSigningIn() throws Exception {
        String deadlines = "/netzwerke/" + web.ownId() + "/fristen?von=1.1.2026&stand=offen";
        HttpResponse<String> asked = http.get(deadlines, null);
        assertThat(asked.statusCode()).isEqualTo(303);
        String signInPage = asked.headers().firstValue("Location").orElseThrow();
        assertThat(signInPage).isEqualTo("/anmelden?weiter=" + WebHttp.enc(deadlines));

        HttpResponse<String> form = http.get(signInPage, null);
        assertThat(form.body()).contains("name=\"weiter\" value=\"" + deadlines.replace("&", "&amp;") + "\"");
        HttpResponse<String> signedIn = http.post("/anmelden", WebHttp.session(form).orElseThrow(),
                WebHttp.token(form.body()), "username", WebFixture.COORDINATOR, "password",
                WebFixture.COORDINATOR_PASSWORD, "weiter", deadlines);
        assertThat(signedIn.headers().firstValue("Location")).contains(deadlines);
        // signed in already, the sign-in page sends there at once
        assertThat(http.get(signInPage, WebHttp.session(signedIn).orElseThrow()).headers().firstValue("Location"))
                .contains(deadlines);
    }

    @Test
    void afterSigningInOnlyPagesOfKoopAreReturnedTo() throws Exception {
        for (String elsewhere : List.of("https://example.org/netzwerke", "//example.org/netzwerke",
                "/\\example.org/netzwerke", "/%2F%2Fexample.org", "netzwerke", "javascript:alert(1)", "/api/v1/networks",
                "/anmelden", "/abmelden", "/assets/koop.css", "/verzeichnis/" + web.ownId(),
                "/netzwerke/x\r\nSet-Cookie: a=b", "/netzwerke/" + "x".repeat(3000))) {
            HttpResponse<String> form = http.get("/anmelden?weiter=" + WebHttp.enc(elsewhere), null);
            assertThat(form.body()).as(elsewhere).doesNotContain("name=\"weiter\"");
            HttpResponse<String> signedIn = http.post("/anmelden", WebHttp.session(form).orElseThrow(),
                    WebHttp.token(form.body()), "username", WebFixture.COORDINATOR, "password",
                    WebFixture.COORDINATOR_PASSWORD, "weiter", elsewhere);
            assertThat(signedIn.headers().firstValue("Location")).as(elsewhere).contains("/netzwerke");
        }
    }

    @Test
    void openingTheSignOutAddressAsksBeforeSigningOut() throws Exception {
        String session = http.signIn();
        HttpResponse<String> asked = http.get("/abmelden", session);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("<h1 class=\"kern-heading-large\">Abmelden</h1>")
                .contains("Jetzt abmelden").contains("<form method=\"post\" action=\"/abmelden\"");
        // still signed in: only the form signs out
        assertThat(http.get("/netzwerke", session).statusCode()).isEqualTo(200);
        assertThat(http.post("/abmelden", session, WebHttp.token(asked.body())).statusCode()).isEqualTo(303);
        assertThat(http.get("/abmelden", session).headers().firstValue("Location")).contains("/anmelden");
        // a sign-out form sent after the session ended: signed out already
        assertThat(http.post("/abmelden", session, WebHttp.token(asked.body())).headers().firstValue("Location"))
                .contains("/anmelden");
    }

    @Test
    void aBrowserAskingForAnAddressNobodyAnswersGetsAGermanPageTheApiItsProblem() throws Exception {
        String session = http.signIn();
        // outside the web interface's paths (the router takes them case-sensitively), for anyone
        for (String lost : List.of("/unbekannt", "/NETZWERKE", "/Netzwerke/" + web.ownId(), "/ANMELDEN")) {
            for (String who : java.util.Arrays.asList(null, session)) {
                assertNotFoundPage(http.get(lost, who), lost);
            }
        }
        // under them, for someone signed in (others are asked to sign in first, as for any page there)
        for (String lost : List.of("/netzwerke//" + web.ownId(), "/netzwerke/" + web.ownId() + "/FRISTEN")) {
            assertNotFoundPage(http.get(lost, session), lost);
            assertThat(http.get(lost, null).headers().firstValue("Location")).as(lost).hasValueSatisfying(
                    location -> assertThat(location).startsWith("/anmelden"));
        }
        // the paths the router takes as they are: a trailing slash, an id in capitals
        assertThat(http.get("/netzwerke/", session).statusCode()).isEqualTo(200);
        assertThat(http.get("/netzwerke/" + web.ownId().toUpperCase(java.util.Locale.ROOT) + "/fristen/", session)
                .statusCode()).isEqualTo(200);
        // API clients keep the API's answers
        Api.Response api = web.koop().anonymousApi().get("/unbekannt");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        HttpResponse<String> unknownApi = http.get("/api/v1/gibt-es-nicht", session);
        assertThat(unknownApi.statusCode()).isEqualTo(401);
        assertThat(unknownApi.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("problem+json"));
    }

    private static void assertNotFoundPage(HttpResponse<String> page, String path) {
        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).as(path).contains("Seite nicht gefunden");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }

    @Test
    void aTooLongAddressIsNamedAsSuchAGermanPageOnTheWebInterfaceProblemJsonOnTheApi() throws Exception {
        String session = http.signIn();
        String tooLong = "?filter=" + "x".repeat(9000);
        HttpResponse<String> page = http.get("/netzwerke/" + web.ownId() + "/fristen" + tooLong, session);
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Die Adresse ist zu lang").doesNotContain("10 MB");

        for (String veryLong : List.of(tooLong, "?filter=" + "x".repeat(70_000))) {
            Api.Response api = web.koop().api().get("/api/v1/networks" + veryLong);
            assertThat(api.status()).isEqualTo(414);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json()).containsEntry("type", "urn:koop:problem:uri-too-long")
                    .containsEntry("title", "Adresse zu lang").containsEntry("status", 414)
                    .containsEntry("detail", "Die Adresse ist zu lang: erlaubt sind höchstens 8.192 Zeichen.")
                    .doesNotContainKey("instance");
        }
        Api.Response hugeHeader = web.koop().anonymousApi().getWithHeader("/api/v1/networks", "X-Filler",
                "y".repeat(20_000));
        assertThat(hugeHeader.status()).isEqualTo(431);
        assertThat(hugeHeader.json()).containsEntry("type", "urn:koop:problem:headers-too-large");
        // an address just under the limit is read as any other
        assertThat(http.get("/netzwerke/" + web.ownId() + "/fristen?filter=" + "x".repeat(8000), session).statusCode())
                .isEqualTo(200);
    }
}
