package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.governance.Cadence.TimesAYear.Frequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 8: a body meets on a cadence; the platform computes when the next meeting is due and whether the
 * body is overdue (leipzig § 3a: every two years; nrw § 3(1): at least once a year; nordsachsen § 3:
 * variable).
 */
class Rule8CadenceTest {

    @Nested
    class EveryTwoYearsLikeTheLeipzigConference {

        private final Cadence cadence = new Cadence.EveryYears(2);

        @Test
        void theNextConferenceIsDueTwoYearsAfterTheLast() {
            assertThat(cadence.nextDue(date("2024-05-15"))).contains(date("2026-05-15"));
        }

        @Test
        void itIsOverdueOnlyAfterTheDueDay() {
            assertThat(cadence.isOverdue(date("2024-05-15"), date("2025-12-31"))).isFalse();
            assertThat(cadence.isOverdue(date("2024-05-15"), date("2026-05-15"))).isFalse();
            assertThat(cadence.isOverdue(date("2024-05-15"), date("2026-05-16"))).isTrue();
        }

        @Test
        void aConferenceOnALeapDayIsDueOnTheLastDayOfFebruary() {
            assertThat(cadence.nextDue(date("2024-02-29"))).contains(date("2026-02-28"));
        }

        @Test
        void itSaysSoInGerman() {
            assertThat(cadence.german()).isEqualTo("alle 2 Jahre");
            assertThat(new Cadence.EveryYears(1).german()).isEqualTo("jährlich");
        }

        @Test
        void aBodyKeepsItsCadence() {
            Body conference = body().kind(BodyKind.CONFERENCE).name("Netzwerkkonferenz").cadence(cadence).build();

            assertThat(conference.getCadence().nextDue(date("2024-05-15"))).contains(date("2026-05-15"));
        }
    }

    @Nested
    class AboutFourTimesAYear {

        private final Cadence cadence = new Cadence.TimesAYear(4, Frequency.ABOUT);

        @Test
        void theNextMeetingIsDueAQuarterOfAYearLater() {
            // twelve months over four meetings: three months
            assertThat(cadence.nextDue(date("2025-01-10"))).contains(date("2025-04-10"));
        }

        @Test
        void aMonthOfGraceFollowsTheDueDay() {
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-04-11"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-05-10"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-05-11"))).isTrue();
        }

        @ParameterizedTest(name = "due {0}: the last day of grace is {1}")
        @CsvSource({
                // a calendar month, also after a 31-day month, not 30 days
                "2025-03-10, 2025-04-10",
                "2025-05-15, 2025-06-15",
                "2025-07-31, 2025-08-31",
                "2025-12-20, 2026-01-20",
                // month ends: the month's last day when it has no such day
                "2025-01-31, 2025-02-28",
                "2024-01-31, 2024-02-29",
                "2024-01-30, 2024-02-29",
                "2024-02-29, 2024-03-29",
                "2025-03-31, 2025-04-30",
        })
        void theGraceIsOneCalendarMonth(LocalDate due, LocalDate lastDayOfGrace) {
            assertThat(cadence.lastDayOfGrace(due)).isEqualTo(lastDayOfGrace);
        }

        @ParameterizedTest(name = "last meeting {0}: not overdue on {1}, overdue on the day after")
        @CsvSource({
                "2024-12-10, 2025-04-10",
                "2024-10-31, 2025-02-28",
                "2023-10-31, 2024-02-29",
        })
        void overdueFromTheDayAfterTheMonthOfGrace(LocalDate lastMeeting, LocalDate lastDayOfGrace) {
            assertThat(cadence.isOverdue(lastMeeting, lastDayOfGrace)).isFalse();
            assertThat(cadence.isOverdue(lastMeeting, lastDayOfGrace.plusDays(1))).isTrue();
        }

        @Test
        void itSaysSoInGerman() {
            assertThat(cadence.german()).isEqualTo("etwa 4-mal im Jahr");
        }
    }

    @Nested
    class ExactlyAndAtLeast {

        @Test
        void exactlyFourTimesAYearHasNoGrace() {
            Cadence cadence = new Cadence.TimesAYear(4, Frequency.EXACTLY);

            assertThat(cadence.lastDayOfGrace(date("2025-03-10"))).isEqualTo(date("2025-03-10"));
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-04-10"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-04-11"))).isTrue();
            assertThat(cadence.german()).isEqualTo("genau 4-mal im Jahr");
        }

        @Test
        void onceAYearIsDueOnTheSameDayNextYearAcrossA29February() {
            Cadence cadence = new Cadence.TimesAYear(1, Frequency.AT_LEAST);

            assertThat(cadence.isOverdue(date("2024-01-15"), date("2025-01-15"))).isFalse();
            assertThat(cadence.isOverdue(date("2024-01-15"), date("2025-01-16"))).isTrue();
        }

        @Test
        void atLeastOnceAYearLikeTheNrwPlanningBody() {
            Cadence cadence = new Cadence.TimesAYear(1, Frequency.AT_LEAST);

            assertThat(cadence.nextDue(date("2025-03-01"))).contains(date("2026-03-01"));
            assertThat(cadence.isOverdue(date("2025-03-01"), date("2026-03-01"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-03-01"), date("2026-03-02"))).isTrue();
            assertThat(cadence.lastDayOfGrace(date("2025-03-10"))).isEqualTo(date("2025-03-10"));
            assertThat(cadence.german()).isEqualTo("mindestens 1-mal im Jahr");
        }

        @ParameterizedTest(name = "{0} times a year after {1} -> due {2}")
        @CsvSource({
                "1,  2025-01-01, 2026-01-01",
                "2,  2025-01-01, 2025-07-01",
                "4,  2025-10-01, 2026-01-01",
                "12, 2025-01-31, 2025-02-28",
                "5,  2025-01-01, 2025-03-15",
                "52, 2025-12-29, 2026-01-05",
        })
        void theGapIsTwelveMonthsSpreadOverTheMeetings(int times, LocalDate last, LocalDate due) {
            assertThat(new Cadence.TimesAYear(times, Frequency.AT_LEAST).nextDue(last)).contains(due);
        }
    }

    @Nested
    class VariableLikeTheNordsachsenWorkingGroups {

        private final Cadence cadence = new Cadence.Variable();

        @Test
        void isNeverDue() {
            assertThat(cadence.nextDue(date("2024-01-01"))).isEmpty();
        }

        @Test
        void isNeverOverdue() {
            assertThat(cadence.isOverdue(date("2000-01-01"), date("2099-12-31"))).isFalse();
        }

        @Test
        void saysSoInGerman() {
            assertThat(cadence.german()).isEqualTo("nach Bedarf");
        }
    }

    @Test
    void theNumbersAreBounded() {
        assertThat(invalid(() -> new Cadence.EveryYears(0)).field()).isEqualTo("cadence.years");
        assertThat(invalid(() -> new Cadence.EveryYears(11)).field()).isEqualTo("cadence.years");
        assertThat(invalid(() -> new Cadence.TimesAYear(0, Frequency.ABOUT)).field()).isEqualTo("cadence.times");
        assertThat(invalid(() -> new Cadence.TimesAYear(53, Frequency.ABOUT)).field()).isEqualTo("cadence.times");
    }
}
