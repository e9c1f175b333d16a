package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reminder settings that cannot work stop koop at the start, with a message that names the setting (the
 * message of the start's failure, as the log shows it).
 */
class ReminderSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms"})
    void koopDoesNotStartWithAnIntervalOfZero(String interval) {
        assertThatThrownBy(() -> RunningKoop.inMemory(Map.of("koop.reminders.enabled", true,
                "koop.reminders.interval", interval)).close())
                .hasMessageContaining("Das Intervall der Erinnerungen, koop.reminders.interval"
                        + " (KOOP_REMINDERS_INTERVAL), muss länger als null sein; eingestellt ist PT0S.");
    }

    /** The lead counts also for the sweep over HTTP, so it is checked with the scheduled sweep off as well. */
    @ParameterizedTest
    @ValueSource(ints = {-1, 366})
    void koopDoesNotStartWithALeadItCannotRemindWith(int leadDays) {
        assertThatThrownBy(() -> RunningKoop.inMemory(Map.of("koop.reminders.enabled", false,
                "koop.reminders.lead-days", leadDays)).close())
                .hasMessageContaining("Der Vorlauf der Erinnerungen, koop.reminders.lead-days (KOOP_REMINDERS_LEAD_DAYS),"
                        + " muss zwischen 0 und 365 liegen; eingestellt ist " + leadDays + ".");
    }
}
