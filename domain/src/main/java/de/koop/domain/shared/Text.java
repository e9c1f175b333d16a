package de.koop.domain.shared;

import java.util.Optional;

/** Checks for the free-text fields of the model; every check names the field it guards. */
public final class Text {

    private Text() {
    }

    /** A required single-line text, trimmed, of at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        return checked(value.strip(), field, max);
    }

    /** An optional single-line text: blank counts as absent. */
    public static Optional<String> optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checked(value.strip(), field, max));
    }

    /** An optional text that may span several lines (goals, notes). */
    public static Optional<String> optionalMultiline(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(field, "darf höchstens " + max + " Zeichen lang sein");
        }
        return Optional.of(stripped);
    }

    private static String checked(String stripped, String field, int max) {
        if (stripped.length() > max) {
            throw new InvalidValueException(field, "darf höchstens " + max + " Zeichen lang sein");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "darf keine Zeilenumbrüche oder Steuerzeichen enthalten");
        }
        return stripped;
    }
}
