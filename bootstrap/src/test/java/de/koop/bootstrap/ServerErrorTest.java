package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 6: a server error answers problem+json with a generic message, and neither it nor the log shows the cause. */
class ServerErrorTest {

    @Test
    void aBugAnswersAGenericProblemAndLeaksNothing() {
        Api.Response failed;
        List<String> log;
        try (CapturedLog captured = new CapturedLog();
             RunningKoop koop = RunningKoop.inMemory(Map.of("koop.test.failing-route", true))) {
            failed = koop.api().get("/api/v1/test-failure");
            log = captured.lines();
        }

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.problemDetail()).isEqualTo("Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.");
        assertThat(failed.body()).doesNotContain("SELECT", "kanarie", "Exception", "at de.koop");
        assertThat(log).anyMatch(line -> line.contains("IllegalStateException"))
                .noneMatch(line -> line.contains("kanarie-5xx"));
    }
}
