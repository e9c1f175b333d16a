package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a body; aggregates refer to each other by such ids only. */
public record BodyId(UUID value) {

    public BodyId {
        Objects.requireNonNull(value, "body id");
    }

    public static BodyId newId() {
        return new BodyId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static BodyId parse(String value, String field) {
        return new BodyId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
