package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notification; aggregates refer to each other by such ids only. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "notification id");
    }

    public static NotificationId newId() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static NotificationId parse(String value, String field) {
        return new NotificationId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
