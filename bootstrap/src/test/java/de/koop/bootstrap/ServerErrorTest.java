package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Issue 6: a server error answers problem+json with a generic message, and neither it nor the log shows the cause. */
class ServerErrorTest {

    @Test
    void aBugAnswersAGenericProblemAndLeaksNothing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Level before = root.getLevel();
        root.setLevel(Level.INFO);
        Api.Response failed;
        try (RunningKoop koop = RunningKoop.inMemory(Map.of("koop.test.failing-route", true))) {
            failed = koop.api().get("/api/v1/test-failure");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.problemDetail()).isEqualTo("Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.");
        assertThat(failed.body()).doesNotContain("SELECT", "kanarie", "Exception", "at de.koop");
        assertThat(captured.list).extracting(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .noneMatch(line -> line.contains("kanarie-5xx"));
    }
}
