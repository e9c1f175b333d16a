package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account; aggregates refer to each other by such ids only. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static UserId parse(String value, String field) {
        return new UserId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
