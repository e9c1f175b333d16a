package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a seat; aggregates refer to each other by such ids only. */
public record SeatId(UUID value) {

    public SeatId {
        Objects.requireNonNull(value, "seat id");
    }

    public static SeatId newId() {
        return new SeatId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static SeatId parse(String value, String field) {
        return new SeatId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
