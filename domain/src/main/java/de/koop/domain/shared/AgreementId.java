package de.koop.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agreement; aggregates refer to each other by such ids only. */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
    }

    public static AgreementId newId() {
        return new AgreementId(UUID.randomUUID());
    }

    /** Parses an id given by a user; a malformed one is reported against {@code field}. */
    public static AgreementId parse(String value, String field) {
        return new AgreementId(Identifiers.parse(value, field));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
