package de.koop.domain.shared;

import java.util.regex.Pattern;

/** A phone number as people write it in Germany: digits, spaces, {@code + / - ( )}. */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("^\\+?[0-9 /()\\-]{3,30}$");

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("phone", "darf nicht leer sein");
        }
        value = value.strip().replaceAll("\\s+", " ");
        long digits = value.chars().filter(Character::isDigit).count();
        if (!SHAPE.matcher(value).matches() || digits < 3) {
            throw new InvalidValueException("phone", "ist keine gültige Telefonnummer");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
