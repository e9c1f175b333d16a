package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
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
}
