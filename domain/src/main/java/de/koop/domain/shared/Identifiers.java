package de.koop.domain.shared;

import java.util.UUID;

/** Parsing of the textual ids that reach the model from outside. */
public final class Identifiers {

    private Identifiers() {
    }

    public static UUID parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        try {
            UUID uuid = UUID.fromString(value.strip());
            if (!uuid.toString().equals(value.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(value);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "ist keine gültige Kennung (UUID)");
        }
    }
}
