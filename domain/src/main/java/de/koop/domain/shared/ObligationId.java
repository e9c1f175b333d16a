package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an obligation; aggregates refer to each other by such ids only. */
public record ObligationId(UUID value) {

    public ObligationId {
        Objects.requireNonNull(value, "obligation id");
    }

    public static ObligationId newId() {
        return new ObligationId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static ObligationId parse(String value, String field) {
        return new ObligationId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
