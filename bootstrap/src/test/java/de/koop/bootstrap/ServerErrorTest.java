package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A server error answers problem+json with a generic message, and neither it nor the log shows the cause. */
class ServerErrorTest {

    /** What a route that fails as a bug would answered, and what koop logged meanwhile. */
    private record Failure(Api.Response answer, List<String> log) {
    }

    private static Failure failing(Function<RunningKoop, Api.Response> request) {
        try (CapturedLog captured = new CapturedLog();
             RunningKoop koop = RunningKoop.inMemory(Map.of("koop.test.failing-route", true))) {
            Api.Response answer = request.apply(koop);
            return new Failure(answer, captured.lines());
        }
    }

    @Test
    void aBugAnswersAGenericProblemAndLeaksNothing() {
        Failure failure = failing(koop -> koop.api().get("/api/v1/test-failure"));

        Api.Response failed = failure.answer();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.problemDetail()).isEqualTo("Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.");
        assertThat(failed.body()).doesNotContain("SELECT", "kanarie", "Exception", "at de.koop");
        assertThat(failure.log()).anyMatch(line -> line.contains("IllegalStateException"))
                .noneMatch(line -> line.contains("kanarie-5xx"));
    }

    @Test
    void aBugUnderTheOParlApiIsLoggedAndAnsweredWithAnOParlErrorObject() {
        Failure failure = failing(koop -> koop.anonymousApi().get("/oparl/v1.1/test-failure"));

        Api.Response failed = failure.answer();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json()).containsEntry("type", "https://schema.oparl.org/1.1/Error")
                .containsEntry("message", "Ein interner Fehler ist aufgetreten.").containsEntry("status", 500);
        assertThat(failed.body()).doesNotContain("SELECT", "kanarie", "Exception");
        assertThat(failure.log()).anyMatch(line -> line.contains("IllegalStateException")
                && line.contains("/oparl/v1.1/test-failure")).noneMatch(line -> line.contains("kanarie-5xx"));
    }
}
