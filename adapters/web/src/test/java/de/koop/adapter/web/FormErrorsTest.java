package de.koop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    private final FormErrors errors = new FormErrors();

    @Test
    void aDateIsReadAsGermansTypeIt() {
        assertThat(errors.date("tag", "Tag", " 1.2.2026 ", "leer")).contains(LocalDate.of(2026, 2, 1));
        assertThat(errors.date("tag", "Tag", "31.12.2026", "leer")).contains(LocalDate.of(2026, 12, 31));
        assertThat(errors.any()).isFalse();
        assertThat(errors.of("tag")).isEmpty();
    }

    @Test
    void anEmptyFieldGetsItsOwnMessageAndNoDateTheGeneralOne() {
        assertThat(errors.date("von", "Tag", " ", "Bitte geben Sie den Beginn an.")).isEmpty();
        assertThat(errors.date("bis", "Tag", "31.02.2026", "leer")).isEmpty();
        assertThat(errors.date("am", "Tag", "2026-12-31", "leer")).isEmpty();
        assertThat(errors.of("von")).isEqualTo("Bitte geben Sie den Beginn an.");
        assertThat(errors.of("bis")).isEqualTo("Tag: Bitte geben Sie ein Datum wie 31.12.2026 ein (Tag, Monat, Jahr).");
        assertThat(errors.messages()).extracting(FormErrors.Message::field).containsExactly("von", "bis", "am");
    }

    @Test
    void aTimeIsReadAsGermansTypeItAndAnOptionalOneMayStayEmpty() {
        assertThat(errors.time("beginn", "Beginn", "9:30", "leer")).contains(LocalTime.of(9, 30));
        assertThat(errors.time("ende", "Ende", " ", null)).isEmpty();
        assertThat(errors.any()).isFalse();
        assertThat(errors.time("beginn", "Beginn", "", "Bitte geben Sie an, wann die Sitzung beginnt.")).isEmpty();
        assertThat(errors.time("ende", "Ende", "25:00", null)).isEmpty();
        assertThat(errors.of("beginn")).isEqualTo("Bitte geben Sie an, wann die Sitzung beginnt.");
        assertThat(errors.of("ende")).isEqualTo("Ende: Bitte geben Sie eine Uhrzeit wie 14:30 ein (Stunden und Minuten).");
    }

    @Test
    void theFirstProblemOfAFieldIsTheOneNamed() {
        errors.add("vermerk", "erstens");
        errors.add("vermerk", "zweitens");
        assertThat(errors.of("vermerk")).isEqualTo("erstens");
    }

    @Test
    void whatAUseCaseRefusesIsNamedBesideTheFieldItCameFrom() {
        errors.refused(new InvalidValueException("fulfilledOn", "liegt in der Zukunft"),
                Map.of("fulfilledOn", new FormErrors.Field("erfuelltAm", "Der Tag der Erfüllung")));
        errors.refused(new InvalidValueException("version", "ist veraltet"), Map.of());
        assertThat(errors.of("erfuelltAm")).isEqualTo("Der Tag der Erfüllung liegt in der Zukunft.");
        assertThat(errors.of(FormErrors.FORM)).isEqualTo("Die Angaben wurden nicht übernommen: ist veraltet.");
    }

    @Test
    void aTextTooLongIsNamed() {
        errors.maxLength("vermerk", "x".repeat(11), 10, "Der Vermerk");
        errors.maxLength("titel", "x".repeat(10), 10, "Der Titel");
        assertThat(errors.of("vermerk")).isEqualTo("Der Vermerk darf höchstens 10 Zeichen lang sein.");
        assertThat(errors.of("titel")).isEmpty();
    }
}
