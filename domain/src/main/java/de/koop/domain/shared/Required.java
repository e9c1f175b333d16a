package de.koop.domain.shared;

/** A value that must be given: its absence is bad input naming the field, never a programming error. */
public final class Required {

    private Required() {
    }

    /**
     * @return {@code value}
     * @throws InvalidValueException naming {@code field} if {@code value} is {@code null}
     */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        return value;
    }
}
