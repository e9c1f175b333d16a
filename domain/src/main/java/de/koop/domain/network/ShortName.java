package de.koop.domain.network;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Text;
import java.util.Optional;
import java.util.regex.Pattern;

/** A network's short name such as LeiKoP: letters, digits, dot and hyphen, at most 30 characters. */
public record ShortName(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,29}$");

    public ShortName {
        value = Text.required(value, "shortName", 30);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("shortName",
                    "darf nur Buchstaben, Ziffern, Punkt und Bindestrich enthalten (z. B. LeiKoP)");
        }
    }

    /** A short name is optional: blank reads as none. */
    public static Optional<ShortName> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new ShortName(value));
    }
}
