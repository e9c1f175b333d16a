package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a declaration; aggregates refer to each other by such ids only. */
public record DeclarationId(UUID value) {

    public DeclarationId {
        Objects.requireNonNull(value, "declaration id");
    }

    public static DeclarationId newId() {
        return new DeclarationId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static DeclarationId parse(String value, String field) {
        return new DeclarationId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
