package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting; aggregates refer to each other by such ids only. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    public static MeetingId newId() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static MeetingId parse(String value, String field) {
        return new MeetingId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
