package de.koop.domain.agreement;

import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 3: a notice period to a period end, counted from the day of receipt as §§ 187(1), 188 BGB
 * count it. The effective date is the last day the party is bound.
 */
class Rule3NoticePeriodTest {

    @ParameterizedTest(name = "[{index}] received {0}, {1} {2} to {3}, requested {4} -> {5}")
    @CsvSource(nullValues = "", value = {
            // received,  len, unit,  end,           requested,  effective
            // --- month arithmetic without a period end: the receipt day is not counted, missing days clamp
            "2025-01-31,  1, MONTHS, NONE,          ,           2025-02-28",
            "2024-01-31,  1, MONTHS, NONE,          ,           2024-02-29",
            "2025-03-31,  1, MONTHS, NONE,          ,           2025-04-30",
            "2025-08-31,  1, MONTHS, NONE,          ,           2025-09-30",
            "2023-08-31,  6, MONTHS, NONE,          ,           2024-02-29",
            "2025-02-28,  1, MONTHS, NONE,          ,           2025-03-28",
            "2024-02-29,  1, MONTHS, NONE,          ,           2024-03-29",
            "2024-02-29, 12, MONTHS, NONE,          ,           2025-02-28",
            "2024-02-29, 48, MONTHS, NONE,          ,           2028-02-29",
            "2024-02-29,120, MONTHS, NONE,          ,           2034-02-28",
            // --- days and weeks, across month, leap day and year boundaries
            "2024-02-29,  7, DAYS,   NONE,          ,           2024-03-07",
            "2025-12-29,  3, DAYS,   NONE,          ,           2026-01-01",
            "2025-01-01,120, DAYS,   NONE,          ,           2025-05-01",
            "2024-02-22,  1, WEEKS,  NONE,          ,           2024-02-29",
            "2025-12-31,  2, WEEKS,  NONE,          ,           2026-01-14",
            // --- NONE with a requested date: latest receipt that still meets it, and one day late
            "2025-06-30,  1, MONTHS, NONE,          2025-07-31, 2025-07-31",
            "2025-07-01,  1, MONTHS, NONE,          2025-07-31, 2025-08-01",
            "2025-03-10,  4, WEEKS,  NONE,          2025-05-01, 2025-05-01",
            "2025-03-10,  4, WEEKS,  NONE,          2025-03-20, 2025-04-07",
            // --- to the end of a month: last allowed receipt and one day late
            "2025-03-31,  1, MONTHS, MONTH,         ,           2025-04-30",
            "2025-04-01,  1, MONTHS, MONTH,         ,           2025-05-31",
            "2024-01-31,  1, MONTHS, MONTH,         ,           2024-02-29",
            "2025-01-31,  1, MONTHS, MONTH,         ,           2025-02-28",
            "2025-02-01,  1, MONTHS, MONTH,         ,           2025-03-31",
            "2025-12-17, 14, DAYS,   MONTH,         ,           2025-12-31",
            "2025-12-18, 14, DAYS,   MONTH,         ,           2026-01-31",
            // --- to the end of a quarter
            "2026-03-31,  3, MONTHS, QUARTER,       ,           2026-06-30",
            "2026-04-01,  3, MONTHS, QUARTER,       ,           2026-09-30",
            "2025-11-19,  6, WEEKS,  QUARTER,       ,           2025-12-31",
            "2025-11-20,  6, WEEKS,  QUARTER,       ,           2026-03-31",
            "2024-02-29,  1, MONTHS, QUARTER,       ,           2024-03-31",
            "2024-03-01,  1, MONTHS, QUARTER,       ,           2024-06-30",
            "2025-01-10,  1, MONTHS, QUARTER,       2025-06-30, 2025-06-30",
            "2025-01-10,  1, MONTHS, QUARTER,       2025-07-01, 2025-09-30",
            // --- to the end of a half-year
            "2025-03-31,  3, MONTHS, HALF_YEAR,     ,           2025-06-30",
            "2025-04-01,  3, MONTHS, HALF_YEAR,     ,           2025-12-31",
            "2025-09-30,  3, MONTHS, HALF_YEAR,     ,           2025-12-31",
            "2025-10-01,  3, MONTHS, HALF_YEAR,     ,           2026-06-30",
            "2024-02-29,  4, MONTHS, HALF_YEAR,     ,           2024-06-30",
            "2024-03-01,  4, MONTHS, HALF_YEAR,     ,           2024-12-31",
            "2025-06-29,  1, DAYS,   HALF_YEAR,     ,           2025-06-30",
            "2025-06-30,  1, DAYS,   HALF_YEAR,     ,           2025-12-31",
            // --- to the end of the calendar year ("sechs Monate zum Ende des Kalenderjahres")
            "2026-06-30,  6, MONTHS, CALENDAR_YEAR, ,           2026-12-31",
            "2026-07-01,  6, MONTHS, CALENDAR_YEAR, ,           2027-12-31",
            "2024-12-31, 12, MONTHS, CALENDAR_YEAR, ,           2025-12-31",
            "2025-01-01, 12, MONTHS, CALENDAR_YEAR, ,           2026-12-31",
            "2025-12-10,  3, WEEKS,  CALENDAR_YEAR, ,           2025-12-31",
            "2025-12-11,  3, WEEKS,  CALENDAR_YEAR, ,           2026-12-31",
            "2026-03-15,  6, MONTHS, CALENDAR_YEAR, 2027-06-01, 2027-12-31",
            "2026-03-15,  6, MONTHS, CALENDAR_YEAR, 2026-10-01, 2026-12-31",
            "2026-03-15,  6, MONTHS, CALENDAR_YEAR, 2026-04-01, 2026-12-31",
    })
    void computesTheEffectiveDateFromReceipt(LocalDate received, int length, ChronoUnit unit, PeriodEnd end,
                                             LocalDate requested, LocalDate expected) {
        NoticePeriod notice = new NoticePeriod(length, unit, end);

        assertThat(notice.effectiveDate(received, requested)).isEqualTo(expected);
        assertThat(new TerminationRule.WithNotice(notice, true).effectiveDate(received, requested)).isEqualTo(expected);
    }

    @Nested
    class RunsOut {

        @ParameterizedTest
        @CsvSource({
                "2025-08-31, 1, MONTHS, 2025-09-30",
                "2025-08-30, 1, MONTHS, 2025-09-30",
                "2025-01-31, 1, MONTHS, 2025-02-28",
                "2023-08-31, 6, MONTHS, 2024-02-29",
                "2025-05-05, 1, DAYS,   2025-05-06",
                "2025-05-05, 1, WEEKS,  2025-05-12",
        })
        void doesNotCountTheDayOfReceiptAndClampsToTheLastDayOfAShortMonth(LocalDate received, int length,
                                                                           ChronoUnit unit, LocalDate expected) {
            assertThat(new NoticePeriod(length, unit, PeriodEnd.NONE).runsOut(received)).isEqualTo(expected);
        }

        @Test
        void theLatestPeriodEndIsNotMovedByTheRequestedDateWhenTheNoticeRunsOutLater() {
            NoticePeriod sixMonths = new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR);

            assertThat(sixMonths.effectiveDate(date("2026-07-01"), date("2026-12-31"))).isEqualTo(date("2027-12-31"));
            assertThat(sixMonths.effectiveDate(date("2026-07-01"), null))
                    .isEqualTo(sixMonths.effectiveDate(date("2026-07-01"), date("2026-07-01")));
        }
    }

    @Nested
    class TheRequestedDay {

        @ParameterizedTest(name = "[{index}] received {0}, requested {1}: the request decides: {2}")
        @CsvSource(nullValues = "", value = {
                "2026-08-15, ,           false",
                "2026-08-15, 2026-11-15, false",
                "2026-08-15, 2026-11-16, true",
                "2026-08-15, 2027-03-31, true",
        })
        void theRequestedDayDecidesOnlyWhenItLiesAfterTheNoticeRunsOut(LocalDate received, LocalDate requested,
                                                                        boolean decides) {
            TerminationRule threeMonths = new TerminationRule.WithNotice(
                    new NoticePeriod(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER), true);

            assertThat(threeMonths.requestDecides(received, requested)).isEqualTo(decides);
        }

        @Test
        void atAnyTimeTheRequestedDayDecidesWhenItIsLaterThanTheReceipt() {
            TerminationRule anyTime = new TerminationRule.AnyTime();

            assertThat(anyTime.requestDecides(date("2026-08-15"), null)).isFalse();
            assertThat(anyTime.requestDecides(date("2026-08-15"), date("2026-08-15"))).isFalse();
            assertThat(anyTime.requestDecides(date("2026-08-15"), date("2026-08-16"))).isTrue();
            assertThat(new TerminationRule.Excluded().requestDecides(date("2026-08-15"), date("2027-01-01"))).isFalse();
        }
    }

    @Nested
    class PeriodEnds {

        @ParameterizedTest
        @CsvSource({
                "NONE,          2025-05-17, 2025-05-17",
                "MONTH,         2025-05-17, 2025-05-31",
                "MONTH,         2024-02-01, 2024-02-29",
                "MONTH,         2025-02-28, 2025-02-28",
                "QUARTER,       2025-01-01, 2025-03-31",
                "QUARTER,       2025-04-01, 2025-06-30",
                "QUARTER,       2025-08-15, 2025-09-30",
                "QUARTER,       2025-10-01, 2025-12-31",
                "QUARTER,       2025-12-31, 2025-12-31",
                "HALF_YEAR,     2025-01-01, 2025-06-30",
                "HALF_YEAR,     2025-06-30, 2025-06-30",
                "HALF_YEAR,     2025-07-01, 2025-12-31",
                "CALENDAR_YEAR, 2024-01-01, 2024-12-31",
                "CALENDAR_YEAR, 2024-12-31, 2024-12-31",
        })
        void endsWithTheLastDayOfThePeriodContainingTheDate(PeriodEnd end, LocalDate date, LocalDate expected) {
            assertThat(end.onOrAfter(date)).isEqualTo(expected);
            assertThat(end.isPeriodEnd(expected)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({
                "MONTH,         2024-02-28, false",
                "MONTH,         2024-02-29, true",
                "QUARTER,       2025-06-30, true",
                "QUARTER,       2025-05-31, false",
                "HALF_YEAR,     2025-09-30, false",
                "HALF_YEAR,     2025-12-31, true",
                "CALENDAR_YEAR, 2025-06-30, false",
                "NONE,          2025-06-17, true",
        })
        void knowsWhichDaysArePeriodEnds(PeriodEnd end, LocalDate date, boolean expected) {
            assertThat(end.isPeriodEnd(date)).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(PeriodEnd.class)
        void readsItsCodeWhateverTheCaseOrDashes(PeriodEnd end) {
            assertThat(PeriodEnd.fromCode(" " + end.name().toLowerCase().replace('_', '-') + " ", "notice.periodEnd"))
                    .isEqualTo(end);
        }

        @Test
        void refusesAnUnknownCodeNamingTheField() {
            assertThat(invalid(() -> PeriodEnd.fromCode("WEEK", "notice.periodEnd")).field())
                    .isEqualTo("notice.periodEnd");
            assertThat(invalid(() -> PeriodEnd.fromCode(null, "notice.periodEnd")).field())
                    .isEqualTo("notice.periodEnd");
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 121})
        void refusesALengthOutsideOneTo120(int length) {
            assertThat(invalid(() -> new NoticePeriod(length, ChronoUnit.MONTHS, PeriodEnd.NONE)).field())
                    .isEqualTo("notice.length");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 120})
        void acceptsTheBoundsOfTheLength(int length) {
            assertThat(new NoticePeriod(length, ChronoUnit.DAYS, PeriodEnd.NONE).length()).isEqualTo(length);
        }

        @ParameterizedTest
        @EnumSource(value = ChronoUnit.class, names = {"HOURS", "YEARS", "MINUTES", "DECADES"})
        void refusesUnitsOtherThanDaysWeeksAndMonths(ChronoUnit unit) {
            assertThat(invalid(() -> new NoticePeriod(6, unit, PeriodEnd.NONE)).field()).isEqualTo("notice.unit");
        }

        @Test
        void refusesAMissingUnitOrPeriodEnd() {
            assertThat(invalid(() -> new NoticePeriod(6, null, PeriodEnd.NONE)).field()).isEqualTo("notice.unit");
            assertThat(invalid(() -> new NoticePeriod(6, ChronoUnit.MONTHS, null)).field())
                    .isEqualTo("notice.periodEnd");
        }
    }

    @Nested
    class InGerman {

        @ParameterizedTest
        @CsvSource({
                "6,  MONTHS, CALENDAR_YEAR, 6 Monaten zum Ende des Kalenderjahres",
                "1,  MONTHS, MONTH,         1 Monat zum Monatsende",
                "3,  MONTHS, QUARTER,       3 Monaten zum Quartalsende",
                "1,  WEEKS,  HALF_YEAR,     1 Woche zum Halbjahresende",
                "2,  WEEKS,  NONE,          2 Wochen ohne Stichtag",
                "1,  DAYS,   NONE,          1 Tag ohne Stichtag",
                "14, DAYS,   MONTH,         14 Tagen zum Monatsende",
        })
        void namesLengthUnitAndPeriodEnd(int length, ChronoUnit unit, PeriodEnd end, String expected) {
            assertThat(new NoticePeriod(length, unit, end).german()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0} {1} {2} -> {3}")
        @CsvSource({
                "3,  MONTHS, QUARTER,       drei Monate zum Quartalsende",
                "6,  MONTHS, CALENDAR_YEAR, sechs Monate zum Ende des Kalenderjahres",
                "12, MONTHS, HALF_YEAR,     zwölf Monate zum Halbjahresende",
                "1,  MONTHS, MONTH,         einen Monat zum Monatsende",
                "18, MONTHS, NONE,          18 Monate",
                "1,  WEEKS,  NONE,          eine Woche",
                "4,  WEEKS,  QUARTER,       vier Wochen zum Quartalsende",
                "1,  DAYS,   NONE,          einen Tag",
                "14, DAYS,   MONTH,         14 Tage zum Monatsende",
        })
        void namesThePeriodAsTheObjectOfBetraegt(int length, ChronoUnit unit, PeriodEnd end, String expected) {
            assertThat(new NoticePeriod(length, unit, end).germanDuration()).isEqualTo(expected);
        }

        @Test
        void theWithNoticeRuleSaysWhetherWrittenFormIsRequired() {
            NoticePeriod notice = new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR);

            assertThat(new TerminationRule.WithNotice(notice, true).german())
                    .startsWith("mit einer Frist von ")
                    .contains("zum Ende des Kalenderjahres")
                    .endsWith(", schriftlich");
            assertThat(new TerminationRule.WithNotice(notice, false).german())
                    .contains("zum Ende des Kalenderjahres")
                    .doesNotContain("schriftlich");
        }

        @Test
        void theAnyTimeRuleSaysItTakesEffectOnReceipt() {
            assertThat(new TerminationRule.AnyTime().german()).contains("jederzeit").contains("Zugang");
        }
    }

    @Nested
    class AnyTime {

        private final TerminationRule anyTime = new TerminationRule.AnyTime();

        @ParameterizedTest
        @CsvSource(nullValues = "", value = {
                "2025-05-05, ,           2025-05-05",
                "2025-05-05, 2025-05-05, 2025-05-05",
                "2025-05-05, 2025-05-04, 2025-05-05",
                "2025-05-05, 2025-06-30, 2025-06-30",
                "2024-12-31, 2025-01-01, 2025-01-01",
        })
        void takesEffectOnReceiptOrOnTheLaterDateAskedFor(LocalDate received, LocalDate requested, LocalDate expected) {
            assertThat(anyTime.effectiveDate(received, requested)).isEqualTo(expected);
        }
    }
}
