package de.koop.application.port.in;

import de.koop.domain.shared.InvalidValueException;

/**
 * A command's value that must be given: a missing one is refused in German, naming the field, as bad
 * input is (a driving adapter answers it as such), never as a bare {@link NullPointerException}.
 */
public final class Required {

    private Required() {
    }

    /** The value, or a refusal naming {@code field}. */
    public static <T> T value(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        return value;
    }
}
