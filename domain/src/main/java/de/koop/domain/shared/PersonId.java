package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person; aggregates refer to each other by such ids only. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static PersonId parse(String value, String field) {
        return new PersonId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
