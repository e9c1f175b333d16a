package de.koop.bootstrap;

import de.koop.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every setting an operator may give before anything else starts, so that a wrong value stops koop at
 * once with one log line naming the setting, the value given and what is allowed, instead of failing later at
 * the first request that needs it. The classes that use the settings still read them where they are.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SettingsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsCheck.class);
    private static final String PORT = "a port from 1 to 65535";
    private static final String BOOLEAN = "true or false";

    /** A setting: its key, the variable that sets it in the shipped configuration, and what it accepts. */
    record Setting(String key, String variable, String allowed, boolean secret, Predicate<String> accepts) {

        static Setting of(String key, String variable, String allowed, Predicate<String> accepts) {
            return new Setting(key, variable, allowed, false, accepts);
        }

        Setting hidden() {
            return new Setting(key, variable, allowed, true, accepts);
        }

        String setBy() {
            return variable == null ? "" : " (" + variable + ")";
        }
    }

    /** Every setting koop reads, with what it allows. */
    static final List<Setting> SETTINGS = List.of(
            Setting.of("koop.persistence", null, "jdbc or inmemory", oneOf("jdbc", "inmemory")),
            Setting.of("koop.security.jwt-secret", "KOOP_JWT_SECRET", "empty or at least 32 characters",
                    v -> v.isEmpty() || v.length() >= 32).hidden(),
            Setting.of("koop.security.access-token-lifetime", null, "a duration from 1m to 15m",
                    duration(Duration.ofMinutes(1), Duration.ofMinutes(15))),
            Setting.of("koop.security.refresh-token-lifetime", "KOOP_REFRESH_TOKEN_LIFETIME",
                    "a duration from 1h to 365d", duration(Duration.ofHours(1), Duration.ofDays(365))),
            Setting.of("koop.security.bcrypt-cost", null, "a whole number from 4 to 31", integer(4, 31)),
            Setting.of("koop.security.admin.username", "KOOP_ADMIN_USERNAME", "empty or up to 100 characters",
                    v -> v.length() <= 100).hidden(),
            Setting.of("koop.security.admin.password", "KOOP_ADMIN_PASSWORD", "empty or 12 to 200 characters",
                    v -> v.isEmpty() || v.length() >= 12 && v.length() <= 200).hidden(),
            Setting.of("koop.security.sign-in.window", null, "a duration from 1s to 1d",
                    duration(Duration.ofSeconds(1), Duration.ofDays(1))),
            Setting.of("koop.security.sign-in.attempts-per-account-and-address", null,
                    "a whole number from 1 to 1000000", integer(1, 1_000_000)),
            Setting.of("koop.security.sign-in.attempts-per-account", null, "a whole number from 1 to 1000000",
                    integer(1, 1_000_000)),
            Setting.of("koop.security.sign-in.attempts-per-address", null, "a whole number from 1 to 1000000",
                    integer(1, 1_000_000)),
            Setting.of("koop.public-url", "KOOP_PUBLIC_URL", "empty or an absolute http(s) URL",
                    v -> v.isEmpty() || httpUrl(v)),
            Setting.of("koop.oparl.page-size", null, "a whole number from 1 to 100", integer(1, 100)),
            Setting.of("koop.http.read-cache.max-bytes", "KOOP_READ_CACHE_MAX_BYTES",
                    "a whole number of bytes from 0 to 17179869184 (16 GB)", integer(0, 16L << 30)),
            Setting.of("koop.http.trusted-proxies", "KOOP_TRUSTED_PROXIES",
                    "empty or IP addresses separated by commas", SettingsCheck::ipAddresses),
            Setting.of("koop.log-format", "KOOP_LOG_FORMAT", "text or json", oneOf("text", "json")),
            Setting.of("koop.demo-data", "KOOP_DEMO_DATA", BOOLEAN, oneOf("true", "false")),
            Setting.of("koop.outbox.poll-interval", "KOOP_OUTBOX_POLL_INTERVAL", "a duration from 10ms to 1h",
                    duration(Duration.ofMillis(10), Duration.ofHours(1))),
            Setting.of("koop.outbox.max-attempts", "KOOP_OUTBOX_MAX_ATTEMPTS", "a whole number from 1 to 30",
                    integer(1, 30)),
            Setting.of("koop.outbox.first-retry-delay", "KOOP_OUTBOX_FIRST_RETRY_DELAY",
                    "a duration from 1ms to 1d", duration(Duration.ofMillis(1), Duration.ofDays(1))),
            Setting.of("koop.outbox.batch-size", "KOOP_OUTBOX_BATCH_SIZE", "a whole number from 1 to 10000",
                    integer(1, 10_000)),
            Setting.of("koop.outbox.lease", "KOOP_OUTBOX_LEASE", "a duration from 1s to 1d",
                    duration(Duration.ofSeconds(1), Duration.ofDays(1))),
            Setting.of("koop.mail.sender", "KOOP_MAIL_SENDER", "none, smtp, files or the name of an added sender",
                    v -> v.matches("[a-z][a-z0-9-]{0,39}")),
            Setting.of("koop.mail.directory", "KOOP_MAIL_DIRECTORY", "a directory path", SettingsCheck::path),
            // the switch before koop.mail.sender: refused, so that a koop that sent does not go quiet
            Setting.of("koop.smtp.enabled", "KOOP_SMTP_ENABLED", "nothing: KOOP_MAIL_SENDER=smtp replaces it",
                    v -> false),
            Setting.of("koop.mail.message-id-domain", "KOOP_MAIL_MESSAGE_ID_DOMAIN", "empty or a domain name",
                    v -> v.isEmpty() || v.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")),
            Setting.of("koop.outbox.smtp-connections", "KOOP_SMTP_CONNECTIONS", "a whole number from 1 to 64",
                    integer(1, 64)),
            Setting.of("koop.reminders.enabled", "KOOP_REMINDERS_ENABLED", BOOLEAN, oneOf("true", "false")),
            Setting.of("koop.reminders.interval", "KOOP_REMINDERS_INTERVAL", "a duration from 10ms to 7d",
                    duration(Duration.ofMillis(10), Duration.ofDays(7))),
            Setting.of("koop.reminders.initial-delay", "KOOP_REMINDERS_INITIAL_DELAY", "a duration from 0s to 1d",
                    duration(Duration.ZERO, Duration.ofDays(1))),
            Setting.of("koop.reminders.lead-days", "KOOP_REMINDERS_LEAD_DAYS", "a whole number from 0 to 365",
                    integer(0, 365)),
            // tests ask for any free port with -1
            Setting.of("micronaut.server.port", "KOOP_PORT", "a port from 1 to 65535", v -> v.equals("-1")
                    || integer(1, 65_535).test(v)),
            Setting.of("endpoints.all.port", "KOOP_MANAGEMENT_PORT", "empty or a port from 1 to 65535",
                    v -> v.isEmpty() || integer(1, 65_535).test(v)),
            Setting.of("datasources.default.url", "KOOP_DB_URL", "a JDBC URL (jdbc:mariadb:… or jdbc:h2:…)",
                    v -> v.startsWith("jdbc:mariadb:") || v.startsWith("jdbc:h2:") || v.startsWith("jdbc:mysql:")),
            Setting.of("datasources.default.maximum-pool-size", "KOOP_DB_POOL_SIZE", "a whole number from 1 to 1000",
                    integer(1, 1000)),
            Setting.of("javamail.properties.mail.smtp.host", "KOOP_SMTP_HOST", "a host name or address",
                    v -> v.matches("[A-Za-z0-9.:\\[\\]-]{1,253}")),
            Setting.of("javamail.properties.mail.smtp.port", "KOOP_SMTP_PORT", PORT, integer(1, 65_535)),
            Setting.of("javamail.properties.mail.smtp.auth", "KOOP_SMTP_AUTH", BOOLEAN, oneOf("true", "false")),
            Setting.of("javamail.properties.mail.smtp.starttls.enable", "KOOP_SMTP_STARTTLS", BOOLEAN,
                    oneOf("true", "false")),
            Setting.of("javamail.properties.mail.smtp.localhost", "KOOP_SMTP_HELO_NAME", "a host name",
                    v -> v.matches("[A-Za-z0-9.-]{1,253}")),
            Setting.of("micronaut.email.from.email", "KOOP_MAIL_FROM", "an e-mail address",
                    SettingsCheck::emailAddress),
            Setting.of("micronaut.email.from.name", "KOOP_MAIL_FROM_NAME", "up to 100 characters",
                    v -> v.length() <= 100));

    SettingsCheck(Environment environment) {
        for (Setting setting : SETTINGS) {
            Optional<String> value = environment.getProperty(setting.key(), String.class);
            if (value.isPresent() && !setting.accepts().test(value.get().strip())) {
                String message = "Invalid setting %s=%s%s: allowed is %s".formatted(setting.key(),
                        setting.secret() ? "(hidden)" : value.get(), setting.setBy(), setting.allowed());
                LOG.error(message);
                throw new InvalidSettingException(message);
            }
        }
    }

    /** A setting that koop cannot start with; its message names the setting, the value and what is allowed. */
    static final class InvalidSettingException extends RuntimeException {

        InvalidSettingException(String message) {
            super(message);
        }
    }

    private static Predicate<String> oneOf(String... allowed) {
        return v -> List.of(allowed).contains(v);
    }

    private static Predicate<String> integer(long min, long max) {
        return v -> {
            try {
                long n = Long.parseLong(v);
                return n >= min && n <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        };
    }

    private static Predicate<String> duration(Duration min, Duration max) {
        return v -> {
            try {
                // read as the classes that use the setting read it
                return ConversionService.SHARED.convert(v, Duration.class)
                        .filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0).isPresent();
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean path(String value) {
        try {
            return !value.isEmpty() && java.nio.file.Path.of(value) != null;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean ipAddresses(String value) {
        return value.isBlank() || TrustedProxies.parse(value).isPresent();
    }

    private static boolean emailAddress(String value) {
        try {
            new EmailAddress(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
