package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Nested
    class Required {

        @Test
        void returnsTheTrimmedText() {
            assertThat(Text.required("  Pflegenetz Leipzig \t", "name", 200)).isEqualTo("Pflegenetz Leipzig");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t", "\n"})
        void refusesMissingTextNamingTheField(String value) {
            assertThatThrownBy(() -> Text.required(value, "name", 200))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                    });
        }

        @Test
        void acceptsTextOfExactlyTheMaximumLength() {
            assertThat(Text.required("x".repeat(10), "name", 10)).hasSize(10);
        }

        @Test
        void measuresTheLengthAfterTrimming() {
            assertThat(Text.required("  " + "x".repeat(10) + "  ", "name", 10)).isEqualTo("x".repeat(10));
        }

        @Test
        void refusesTextLongerThanTheMaximum() {
            assertThatThrownBy(() -> Text.required("x".repeat(11), "region", 10))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("region");
                        assertThat(e.reason()).isEqualTo("darf höchstens 10 Zeichen lang sein");
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"Zeile 1\nZeile 2", "Tab\tim Text", "Null\u0000Zeichen", "Wagen\rruecklauf", "\u007fDEL"})
        void refusesLineBreaksAndControlCharacters(String value) {
            assertThatThrownBy(() -> Text.required(value, "name", 200))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.reason()).isEqualTo("darf keine Zeilenumbrüche oder Steuerzeichen enthalten");
                    });
        }

        @Test
        void keepsUmlautsAndTypographicCharacters() {
            assertThat(Text.required("Ärztekammer „Süd“ – Straße", "name", 200))
                    .isEqualTo("Ärztekammer „Süd“ – Straße");
        }
    }

    @Nested
    class Optional {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void treatsBlankAsAbsent(String value) {
            assertThat(Text.optional(value, "function", 200)).isEmpty();
        }

        @Test
        void returnsTheTrimmedText() {
            assertThat(Text.optional(" Leitung ", "function", 200)).contains("Leitung");
        }

        @Test
        void refusesTextLongerThanTheMaximum() {
            assertThatThrownBy(() -> Text.optional("x".repeat(31), "shortName", 30))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("shortName");
                        assertThat(e.reason()).isEqualTo("darf höchstens 30 Zeichen lang sein");
                    });
        }

        @Test
        void refusesControlCharacters() {
            assertThatThrownBy(() -> Text.optional("Leitung\nPflege", "function", 200))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("function"));
        }
    }

    @Nested
    class OptionalMultiline {

        @Test
        void keepsLineBreaksInsideTheText() {
            assertThat(Text.optionalMultiline("  Ziel 1\nZiel 2\n", "goals", 4000)).contains("Ziel 1\nZiel 2");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" \n "})
        void treatsBlankAsAbsent(String value) {
            assertThat(Text.optionalMultiline(value, "goals", 4000)).isEmpty();
        }

        @Test
        void refusesTextLongerThanTheMaximum() {
            assertThatThrownBy(() -> Text.optionalMultiline("x".repeat(4001), "goals", 4000))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("goals");
                        assertThat(e.reason()).isEqualTo("darf höchstens 4000 Zeichen lang sein");
                    });
        }
    }
}
