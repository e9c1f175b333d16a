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
            assertThat(cadence.graceDays()).isEqualTo(30);
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-04-11"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-05-10"))).isFalse();
            assertThat(cadence.isOverdue(date("2025-01-10"), date("2025-05-11"))).isTrue();
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

            assertThat(cadence.graceDays()).isZero();
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
            assertThat(cadence.graceDays()).isZero();
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
