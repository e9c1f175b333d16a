package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.6.2024", "01.06.2024", " 01.06.2024 "})
    void aTypedDateIsReadWithOrWithoutLeadingZeros(String typed) {
        assertThat(GermanFormats.parseDate(typed)).contains(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "29.02.2025", "2024-06-01", "1.6.24", "gestern", ""})
    void whatIsNoDayThatExistsIsNoDate(String typed) {
        assertThat(GermanFormats.parseDate(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"14:30, 14:30", "9:05, 09:05", "09:05, 09:05", "14.30, 14:30", "'14:30 Uhr', 14:30", "0:00, 00:00",
            "23:59, 23:59"})
    void aTypedTimeIsHoursAndMinutes(String typed, LocalTime expected) {
        assertThat(GermanFormats.parseTime(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "14:60", "14", "1430", "2 Uhr nachmittags", "14:3", ""})
    void aTimeThatDoesNotExistOrIsWrittenOtherwiseIsNoTime(String typed) {
        assertThat(GermanFormats.parseTime(typed)).isEmpty();
    }

    @Test
    void noTimeTypedIsNoTime() {
        assertThat(GermanFormats.parseTime(null)).isEmpty();
    }

    @Test
    void datesAndTimesAreWrittenTheGermanWay() {
        assertThat(GermanFormats.date(LocalDate.of(2026, 7, 1))).isEqualTo("01.07.2026");
        assertThat(GermanFormats.weekdayDate(LocalDate.of(2026, 7, 1))).isEqualTo("Mittwoch, 01.07.2026");
        assertThat(GermanFormats.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(GermanFormats.dateTime(LocalDateTime.of(2026, 7, 1, 14, 30))).isEqualTo("01.07.2026, 14:30 Uhr");
    }

    @Test
    void theHourSkippedWhenTheClocksGoForwardDoesNotExistInGermany() {
        assertThat(GermanFormats.existsInBerlin(LocalDateTime.of(2026, 3, 29, 2, 30))).isFalse();
        assertThat(GermanFormats.existsInBerlin(LocalDateTime.of(2026, 3, 29, 3, 0))).isTrue();
        // the hour repeated in October exists (twice)
        assertThat(GermanFormats.existsInBerlin(LocalDateTime.of(2026, 10, 25, 2, 30))).isTrue();
    }
}
