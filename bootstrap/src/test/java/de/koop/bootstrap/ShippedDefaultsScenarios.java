package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * koop with the settings it ships with: the application.yml in the jar, as the running context reads it,
 * changed only where a test must. Without any call to the API, the scheduled sweep writes the reminder due
 * on the day, and the outbox sends it to the mail server, with whatever intervals, lock times, batch sizes
 * and lifetimes ship.
 */
abstract class ShippedDefaultsScenarios {

    // what the test changes: its database, its mail server, a free port, and the first sweep soon after the
    // start instead of a minute after; the outbox's first poll comes after its (shipped) interval
    private static final Set<String> CHANGED = Set.of("datasources.default.url", "datasources.default.username",
            "datasources.default.password", "koop.mail.sender", "javamail.properties.mail.smtp.host",
            "javamail.properties.mail.smtp.port", "micronaut.server.port", "koop.reminders.initial-delay");

    /** The settings that point koop at the store under test. */
    protected abstract Map<String, Object> database();

    @Test
    void theScheduledSweepWritesTheReminderDueTodayAndTheOutboxSendsIt() {
        // written by a koop that does not sweep, so that the data are there before the first sweep
        try (RunningKoop writer = RunningKoop.start(on(ReminderScenarios.TODAY, database()))) {
            writer.emptyStore();
            Api api = writer.api();
            ReminderScenarios.Parties.register(api).dataDelivery(api);
        }
        try (SmtpServer smtp = new SmtpServer().start()) {
            Map<String, Object> settings = on(ReminderScenarios.TODAY, database());
            settings.put("koop.mail.sender", "smtp");
            settings.put("javamail.properties.mail.smtp.host", "127.0.0.1");
            settings.put("javamail.properties.mail.smtp.port", smtp.port());
            settings.put("koop.reminders.initial-delay", "1s");

            // no administrator ships, so nothing but koop itself can sweep
            try (RunningKoop koop = RunningKoop.asShipped(settings)) {
                assertThat(notAsShipped(koop)).as("settings that differ from the shipped application.yml").isEmpty();
                Outbox outbox = koop.context().getBean(Outbox.class);
                SmtpServer.await("the reminder, from the scheduled sweep", Duration.ofSeconds(60),
                        () -> smtp.count() >= 2);
                // one message to each of the two recipients
                SmtpServer.await("the reminders marked sent", Duration.ofSeconds(10), () -> sent(outbox).size() == 2);

                assertThat(sent(outbox)).extracting(Notification::kind)
                        .containsOnly(MessageKind.DEADLINE_REMINDER);
                assertThat(sent(outbox)).extracting(Notification::recipient).doesNotHaveDuplicates();
                assertThat(smtp.received()).hasSize(2).allSatisfy(mail -> assertThat(mail.subject())
                        .isEqualTo("Erinnerung: „Datenlieferung nach § 4“ fällig am 30.04.2027"));
                koop.emptyStore();
            }
        }
    }

    private static Map<String, Object> on(String today, Map<String, Object> database) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("koop.test.today", today);
        return settings;
    }

    private static List<Notification> sent(Outbox outbox) {
        return outbox.page(Optional.of(Notification.Status.SENT), new PageRequest(0, 10)).items();
    }

    /** Each shipped setting that the running koop sees otherwise, but those the test changes: shipped, running. */
    private static Map<String, List<String>> notAsShipped(RunningKoop koop) {
        Map<String, List<String>> differences = new TreeMap<>();
        ShippedSettings.all().forEach((key, shipped) -> {
            String running = koop.context().getProperty(key, String.class).orElse(null);
            if (!CHANGED.contains(key) && !shipped.equals(running)) {
                differences.put(key, Arrays.asList(shipped, running));
            }
        });
        return differences;
    }
}
