package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a network; aggregates refer to each other by such ids only. */
public record NetworkId(UUID value) {

    public NetworkId {
        Objects.requireNonNull(value, "network id");
    }

    public static NetworkId newId() {
        return new NetworkId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static NetworkId parse(String value, String field) {
        return new NetworkId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
