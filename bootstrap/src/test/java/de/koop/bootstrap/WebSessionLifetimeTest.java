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
 */
class WebSessionLifetimeTest {

    private static final Duration RIGHTS = Duration.ofSeconds(1);
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration ABSOLUTE = Duration.ofSeconds(6);

    private static WebFixture web;
    private static WebHttp http;

    @BeforeAll
    static void start() {
        web = WebFixture.start(Map.of("koop.web.session.rights-lifetime", RIGHTS.toMillis() + "ms",
                "micronaut.session.max-inactive-interval", IDLE.toMillis() + "ms",
                "koop.web.session.absolute-timeout", ABSOLUTE.toMillis() + "ms"));
        http = new WebHttp(web);
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
}
