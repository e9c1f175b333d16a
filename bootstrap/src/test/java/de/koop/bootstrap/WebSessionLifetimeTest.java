package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How long a web session lasts, with short limits: it ends after a while without requests (idle), a while
 * after signing in however busy (absolute), and once its refresh token is revoked, as the API's sessions do.
 * A form sent after the session ended changes nothing, and what was typed is put back into it after signing in
 * again, if the form came from koop's own page.
 */
class WebSessionLifetimeTest {

    private static final Duration RIGHTS = Duration.ofSeconds(1);
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration ABSOLUTE = Duration.ofSeconds(6);

    private static WebFixture web;
    private static WebHttp http;
    private static String obligation;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.web.session.rights-lifetime", RIGHTS.toMillis() + "ms",
                "micronaut.session.max-inactive-interval", IDLE.toMillis() + "ms",
                "koop.web.session.absolute-timeout", ABSOLUTE.toMillis() + "ms"));
        http = new WebHttp(web);
        obligation = web.obligation("Monatliche Meldung", "{\"type\": \"MONTHLY\", \"dayOfMonth\": 15}", "2025-01-01",
                0, null);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aSessionEndsWhenItsSessionsAreEndedFromTheApi() throws Exception {
        String session = http.signIn();
        assertThat(signedIn(session)).isTrue();
        assertThat(web.koop().api().request("DELETE", "/api/v1/users/" + web.coordinatorId() + "/sessions", null)
                .status()).isEqualTo(200);
        RunningKoop.pause(RIGHTS.plusMillis(300));
        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void aBusySessionRenewsItsRightsAndEndsAtTheAbsoluteLimit() throws Exception {
        long start = System.nanoTime();
        String session = http.signIn();
        // the server signed in before this; a request sent later than the limit after it must find the session ended
        Duration signedIn = Duration.ofNanos(System.nanoTime() - start);
        Duration lastSignedIn = Duration.ZERO;
        while (Duration.ofNanos(System.nanoTime() - start).compareTo(ABSOLUTE.plusSeconds(2)) < 0) {
            Duration sent = Duration.ofNanos(System.nanoTime() - start);
            if (signedIn(session)) {
                lastSignedIn = sent;
            }
            RunningKoop.pause(Duration.ofMillis(500));
        }
        // renewed several times (every second) and kept while busy, but not past the absolute limit
        assertThat(lastSignedIn).isGreaterThan(IDLE.plusSeconds(1)).isLessThanOrEqualTo(signedIn.plus(ABSOLUTE));
        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void anIdleSessionEnds() throws Exception {
        String session = http.signIn();
        assertThat(signedIn(session)).isTrue();
        RunningKoop.pause(IDLE.plusSeconds(1));
        assertThat(signedIn(session)).isFalse();
    }

    private static boolean signedIn(String session) throws Exception {
        HttpResponse<String> start = http.get("/netzwerke", session);
        return start.statusCode() == 200;
    }

    @Test
    void aFormSentAfterTheSessionEndedChangesNothingAndIsPutBackAfterSigningInAgain() throws Exception {
        String page = "/netzwerke/" + web.ownId() + "/pflichten/" + obligation + "?termin=2025-01-15";
        String action = "/netzwerke/" + web.ownId() + "/pflichten/" + obligation + "/erfuellungen";
        String session = http.signIn();
        String token = WebHttp.token(http.get(page, session).body());
        RunningKoop.pause(IDLE.plusSeconds(1));

        HttpResponse<String> sent = http.postFrom("same-origin", page, action, session, token, "termin", "2025-01-15",
                "erfuelltAm", "14.01.2025", "vermerk", "Per Post <versandt> & quittiert");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).contains("/anmelden?weiter=" + WebHttp.enc(page));
        assertThat(fulfilments()).isEmpty();
        String kept = WebHttp.session(sent).orElseThrow();
        HttpResponse<String> signIn = http.get("/anmelden?weiter=" + WebHttp.enc(page), kept);
        assertThat(signIn.body()).contains("Ihre Sitzung war abgelaufen. Ihre Eingaben sind aufbewahrt.")
                .contains("name=\"weiter\" value=\"" + page + "\"");

        HttpResponse<String> signedIn = http.post("/anmelden", kept, WebHttp.token(signIn.body()),
                "username", WebFixture.COORDINATOR, "password", WebFixture.COORDINATOR_PASSWORD, "weiter", page);
        assertThat(signedIn.headers().firstValue("Location")).contains(page);
        String again = WebHttp.session(signedIn).orElseThrow();
        assertThat(again).isNotEqualTo(kept);
        String restored = http.get(page, again).body();
        assertThat(restored).contains("id=\"eingaben-wiederhergestellt\"")
                .containsPattern("id=\"erfuelltAm\"[^>]* value=\"14.01.2025\"")
                .contains(">Per Post &lt;versandt&gt; &amp; quittiert</textarea>")
                .contains("name=\"csrfToken\" value=\"" + WebHttp.token(restored) + "\"")
                .doesNotContain(token);
        assertThat(fulfilments()).isEmpty();
        // once: the next visit shows the form as it is
        assertThat(http.get(page, again).body()).doesNotContain("eingaben-wiederhergestellt")
                .doesNotContain("Per Post");
    }

    @Test
    void aFormThatAnotherSiteSendsIsNeitherKeptNorSent() throws Exception {
        String page = "/netzwerke/" + web.ownId() + "/pflichten/" + obligation;
        String action = page + "/erfuellungen";
        String session = http.signIn();
        String token = WebHttp.token(http.get(page, session).body());
        RunningKoop.pause(IDLE.plusSeconds(1));

        HttpResponse<String> crossSite = http.postFrom("cross-site", page, action, session, token, "termin",
                "2025-01-15", "erfuelltAm", "14.01.2025", "vermerk", "Untergeschoben");
        HttpResponse<String> unsaid = http.post(action, session, token, "termin", "2025-01-15", "erfuelltAm",
                "14.01.2025", "vermerk", "Untergeschoben");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(unsaid.statusCode()).isEqualTo(403);
        assertThat(fulfilments()).isEmpty();
        String signedIn = http.signIn();
        assertThat(http.get(page, signedIn).body()).doesNotContain("Untergeschoben");
    }

    private static java.util.List<java.util.Map<String, Object>> fulfilments() {
        return web.fulfilments(obligation);
    }
}
