package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A wrong value of any setting stops koop at start, with one line that names the setting. */
class SettingsCheckTest {

    /** A value each setting refuses. */
    private static final Map<String, String> WRONG = Map.ofEntries(
            Map.entry("koop.persistence", "postgres"),
            Map.entry("koop.security.jwt-secret", "zu-kurz"),
            Map.entry("koop.security.access-token-lifetime", "3h"),
            Map.entry("koop.security.refresh-token-lifetime", "vierzehn Tage"),
            Map.entry("koop.security.bcrypt-cost", "40"),
            Map.entry("koop.security.admin.username", "a".repeat(101)),
            Map.entry("koop.security.admin.password", "kurz"),
            Map.entry("koop.security.sign-in.window", "0s"),
            Map.entry("koop.security.sign-in.attempts-per-account-and-address", "0"),
            Map.entry("koop.security.sign-in.attempts-per-account", "0"),
            Map.entry("koop.security.sign-in.attempts-per-address", "-1"),
            Map.entry("koop.public-url", "koop.example.org"),
            Map.entry("koop.oparl.page-size", "500"),
            Map.entry("koop.http.read-cache.max-bytes", "32MB"),
            Map.entry("koop.http.trusted-proxies", "proxy.example.org"),
            Map.entry("koop.log-format", "xml"),
            Map.entry("koop.demo-data", "ja"),
            Map.entry("koop.outbox.poll-interval", "0s"),
            Map.entry("koop.outbox.max-attempts", "31"),
            Map.entry("koop.outbox.first-retry-delay", "-5s"),
            Map.entry("koop.outbox.batch-size", "0"),
            Map.entry("koop.outbox.lease", "0s"),
            Map.entry("koop.mail.sender", "SMTP"),
            Map.entry("koop.mail.directory", "\u0000"),
            Map.entry("koop.smtp.enabled", "true"),
            Map.entry("koop.mail.message-id-domain", "koop example"),
            Map.entry("koop.outbox.smtp-connections", "100"),
            Map.entry("koop.reminders.enabled", "yes"),
            Map.entry("koop.reminders.interval", "stündlich"),
            Map.entry("koop.reminders.initial-delay", "2d"),
            Map.entry("koop.reminders.lead-days", "400"),
            Map.entry("micronaut.server.port", "70000"),
            Map.entry("endpoints.all.port", "8081,8082"),
            Map.entry("datasources.default.url", "postgres://db/koop"),
            Map.entry("datasources.default.maximum-pool-size", "0"),
            Map.entry("javamail.properties.mail.smtp.host", "smtp example"),
            Map.entry("javamail.properties.mail.smtp.port", "0"),
            Map.entry("javamail.properties.mail.smtp.auth", "maybe"),
            Map.entry("javamail.properties.mail.smtp.starttls.enable", "1"),
            Map.entry("javamail.properties.mail.smtp.localhost", "koop host"),
            Map.entry("micronaut.email.from.email", "koordination"),
            Map.entry("micronaut.email.from.name", "N".repeat(101)));

    static Stream<Arguments> everySetting() {
        return SettingsCheck.SETTINGS.stream().map(s -> Arguments.of(s.key(), s.secret()));
    }

    @Test
    void everyCheckedSettingIsTriedWithAWrongValue() {
        assertThat(WRONG.keySet()).containsExactlyInAnyOrderElementsOf(
                SettingsCheck.SETTINGS.stream().map(SettingsCheck.Setting::key).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySetting")
    void aWrongValueStopsTheStartWithOneLineNamingTheSetting(String key, boolean secret) {
        String wrong = WRONG.get(key);
        List<String> errors;
        try (CapturedLog log = new CapturedLog()) {
            assertThatThrownBy(() -> ApplicationContext.run(Map.of(key, wrong), "inmemory").close())
                    .hasStackTraceContaining("Invalid setting " + key);
            errors = log.lines(Level.ERROR);
        }

        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst()).startsWith("Invalid setting " + key).contains("allowed is ");
        if (secret) {
            assertThat(errors.getFirst()).doesNotContain(wrong).contains("(hidden)");
        } else {
            assertThat(errors.getFirst()).contains(key + "=" + wrong).doesNotContain("(hidden)");
        }
    }

    @Test
    void theExampleOfTheOperatorsManual() {
        try (CapturedLog log = new CapturedLog()) {
            assertThatThrownBy(() -> ApplicationContext.run(Map.of("koop.security.access-token-lifetime", "3h"),
                    "inmemory").close()).isNotNull();
            assertThat(log.lines(Level.ERROR)).containsExactly(
                    "Invalid setting koop.security.access-token-lifetime=3h: allowed is a duration from 1m to 15m");
        }
    }

    @Test
    void theShippedSettingsPassAndValidOnesStart() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("koop.security.access-token-lifetime", "10m",
                "koop.http.trusted-proxies", "10.0.0.1,fd00::1", "koop.log-format", "json",
                "javamail.properties.mail.smtp.port", "587"), "inmemory")) {
            assertThat(context.isRunning()).isTrue();
        }
    }
}
