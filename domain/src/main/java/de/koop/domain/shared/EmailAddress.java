package de.koop.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised to lower case so that {@code Ann@Stadt.de} and {@code ann@stadt.de}
 * are the same address on every database, whatever its collation.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)*\\.[A-Za-z]{2,}$",
                    Pattern.UNICODE_CHARACTER_CLASS);

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "darf nicht leer sein");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "ist keine gültige E-Mail-Adresse");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
