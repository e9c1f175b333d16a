package de.koop.bootstrap;

import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.core.convert.ConversionService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of the {@code application.yml} that ships in koop.jar, read from the file itself, so that
 * a test of the defaults runs whatever they are today: each {@code ${VARIABLE:default}} as its default.
 */
final class ShippedSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+:(.*)}");

    private ShippedSettings() {
    }

    /** Every setting of the file, by its full key ({@code koop.reminders.interval}), as text. */
    static Map<String, String> all() {
        try (InputStream file = ReminderSweeper.class.getClassLoader().getResourceAsStream("application.yml")) {
            if (file == null) {
                throw new IllegalStateException("application.yml is not on the class path");
            }
            Map<String, String> settings = new TreeMap<>();
            new YamlPropertySourceLoader().read("application", file)
                    .forEach((key, value) -> settings.put(key, defaultOf(String.valueOf(value))));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped setting as text. */
    static String text(String key) {
        String value = all().get(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is not in the shipped application.yml");
        }
        return value;
    }

    /** A shipped duration, read as koop reads it ({@code 1h}, {@code 30s}). */
    static Duration duration(String key) {
        return ConversionService.SHARED.convertRequired(text(key), Duration.class);
    }

    private static String defaultOf(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        // a default that holds a colon is quoted in backticks, as the database URL is
        return placeholder.matches() ? placeholder.group(1).replace("`", "") : value;
    }
}
