package de.koop.domain.shared;

import java.util.Optional;
import java.util.Set;

/**
 * Checks for the free-text fields of the model; every check names the field it guards. A text must be
 * well-formed Unicode (a lone surrogate cannot be stored, and would read back as "?"), and a required text
 * must show something: a name of nothing but a zero-width space or another invisible character names
 * nothing.
 */
public final class Text {

    /** Why a text that is not well-formed Unicode is refused, in every adapter's words too. */
    public static final String NOT_UNICODE = "enthält Zeichen, die kein gültiges Unicode sind";
    static final String NOTHING_VISIBLE = "muss mindestens ein sichtbares Zeichen enthalten";

    /**
     * Letters and symbols that Unicode marks as default-ignorable fillers or that show as blank (the
     * Hangul fillers, the blank Braille pattern): they count as letters, yet show nothing.
     */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private Text() {
    }

    /** A required single-line text, trimmed, of at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        return visible(checked(present(value, field), field, max), field);
    }

    /** A required text that may span several lines (minutes). */
    public static String requiredMultiline(String value, String field, int max) {
        return visible(checkedMultiline(present(value, field), field, max), field);
    }

    /** An optional single-line text: blank, or nothing visible, counts as absent. */
    public static Optional<String> optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checked(value.strip(), field, max)).filter(Text::hasVisibleCharacter);
    }

    /** An optional text that may span several lines (goals, notes): blank, or nothing visible, counts as absent. */
    public static Optional<String> optionalMultiline(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checkedMultiline(value.strip(), field, max)).filter(Text::hasVisibleCharacter);
    }

    /**
     * Whether the text is well-formed Unicode: every surrogate is half of a pair. A JSON escape of a single
     * UTF-16 unit, for one, can carry a lone half.
     */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text shows something: a letter, digit, punctuation mark or symbol. Spaces, control and
     * format characters (zero-width space, joiners, direction marks, soft hyphen), marks without a base and
     * blank fillers do not count.
     */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(Text::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> !BLANK_LETTERS.contains(codePoint);
            default -> false;
        };
    }

    private static String present(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        return value.strip();
    }

    private static String visible(String text, String field) {
        if (!hasVisibleCharacter(text)) {
            throw new InvalidValueException(field, NOTHING_VISIBLE);
        }
        return text;
    }

    private static String checked(String stripped, String field, int max) {
        checkedMultiline(stripped, field, max);
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "darf keine Zeilenumbrüche oder Steuerzeichen enthalten");
        }
        return stripped;
    }

    private static String checkedMultiline(String stripped, String field, int max) {
        if (stripped.length() > max) {
            throw new InvalidValueException(field, "darf höchstens " + max + " Zeichen lang sein");
        }
        if (!isWellFormed(stripped)) {
            throw new InvalidValueException(field, NOT_UNICODE);
        }
        return stripped;
    }
}
