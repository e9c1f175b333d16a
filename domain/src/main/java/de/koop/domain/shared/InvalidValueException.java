package de.koop.domain.shared;

import java.util.Objects;

/**
 * A value that cannot exist: a malformed e-mail address, a missing name. Names the field, so that an
 * adapter can point the user at it.
 */
public final class InvalidValueException extends DomainException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field);
        this.reason = Objects.requireNonNull(reason);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
