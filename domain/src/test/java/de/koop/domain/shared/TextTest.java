package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static void assertRefused(ThrowingCallable check, String field, String reason) {
        assertThatThrownBy(check).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

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

        @ParameterizedTest
        @ValueSource(strings = {"\u200b", "\u200b\u200c\u200d", " \u2060 ", "\u00a0", "\ufeff", "\u00ad",
                "\u202e", "\u3164", "\u2800", "\u0301", "\u034f\ufe0f"})
        void refusesANameWithoutAVisibleCharacter(String value) {
            assertRefused(() -> Text.required(value, "name", 200), "name", "muss mindestens ein sichtbares Zeichen enthalten");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ö", "7", "-", "€", "道", "😀", "\u200bA", "A\u200dB", "خانه\u200cها", "e\u0301"})
        void acceptsANameWithOneVisibleCharacterBesideInvisibleOnes(String value) {
            assertThat(Text.required(value, "name", 200)).isEqualTo(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"A\ud800B", "\udc00", "Ende\ud83d", "\ude00Anfang"})
        void refusesALoneSurrogate(String value) {
            assertRefused(() -> Text.required(value, "name", 200), "name", "enthält Zeichen, die kein gültiges Unicode sind");
        }
    }

    @Nested
    class RequiredMultiline {

        @Test
        void keepsLineBreaksInsideTheText() {
            assertThat(Text.requiredMultiline(" TOP 1\nTOP 2\n", "text", 100)).isEqualTo("TOP 1\nTOP 2");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" \n "})
        void refusesMissingText(String value) {
            assertRefused(() -> Text.requiredMultiline(value, "text", 100), "text", "darf nicht leer sein");
        }

        @Test
        void refusesTextWithoutAVisibleCharacter() {
            assertRefused(() -> Text.requiredMultiline("\u200b\n\u200b", "text", 100), "text",
                    "muss mindestens ein sichtbares Zeichen enthalten");
        }

        @Test
        void refusesALoneSurrogate() {
            assertRefused(() -> Text.requiredMultiline("Protokoll\nA\ud800B", "text", 100), "text",
                    "enthält Zeichen, die kein gültiges Unicode sind");
        }

        @Test
        void refusesTextLongerThanTheMaximum() {
            assertRefused(() -> Text.requiredMultiline("x".repeat(101), "text", 100), "text",
                    "darf höchstens 100 Zeichen lang sein");
        }
    }

    @Nested
    class WellFormed {

        @ParameterizedTest
        @ValueSource(strings = {"", "Leipzig", "😀 Gesicht", "\ud83d\ude00"})
        void pairedSurrogatesAreWellFormed(String value) {
            assertThat(Text.isWellFormed(value)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\ud800", "A\ud800B", "\udc00\ud800", "\ud83d\ud83d\ude00"})
        void aLoneHalfIsNot(String value) {
            assertThat(Text.isWellFormed(value)).isFalse();
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

        @Test
        void treatsTextWithoutAVisibleCharacterAsAbsent() {
            assertThat(Text.optional("\u200b", "function", 200)).isEmpty();
        }

        @Test
        void refusesALoneSurrogate() {
            assertRefused(() -> Text.optional("Leitung\udbff", "function", 200), "function",
                    "enthält Zeichen, die kein gültiges Unicode sind");
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
        void refusesALoneSurrogate() {
            assertRefused(() -> Text.optionalMultiline("Ziel 1\nZiel \ud800", "goals", 4000), "goals",
                    "enthält Zeichen, die kein gültiges Unicode sind");
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
