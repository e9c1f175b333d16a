package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner; aggregates refer to each other by such ids only. */
public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value, "partner id");
    }

    public static PartnerId newId() {
        return new PartnerId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static PartnerId parse(String value, String field) {
        return new PartnerId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
