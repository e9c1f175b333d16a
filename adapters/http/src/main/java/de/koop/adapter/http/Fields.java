package de.koop.adapter.http;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the refusals of one request, each with its JSON path, so that a client learns about all bad
 * fields at once: those of the {@link RequestReader} and those of the domain, as the controller turns the
 * request into domain values. The rules themselves live in the domain.
 */
final class Fields {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /**
     * Builds a value; a refusal is recorded under {@code path} joined with the field the domain named.
     *
     * @return the value, or {@code null} if it was refused
     */
    <T> T value(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            refuse(join(path, e.field()), e.reason());
            return null;
        }
    }

    /** Records that the field at {@code path} was refused. */
    void refuse(String path, String reason) {
        // the first reason for a field is the one that matters; its follow-ups would only confuse
        if (errors.stream().noneMatch(e -> e.field().equals(path))) {
            errors.add(new Problem.FieldError(path, reason));
        }
    }

    /** How many fields were refused so far. */
    int count() {
        return errors.size();
    }

    /** An optional ISO date (2025-06-30) of a query parameter; absent or blank stays absent. */
    LocalDate date(String path, String value) {
        return value == null || value.isBlank() ? null : isoDate(path, value.strip());
    }

    /** An ISO date in the years koop keeps, or {@code null} when it was refused. */
    LocalDate isoDate(String path, String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                refuse(path, "liegt außerhalb der Jahre 1900 bis 2199");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            refuse(path, "ist kein gültiges Datum (JJJJ-MM-TT)");
            return null;
        }
    }

    /** Throws when any field was refused; call it before building the command. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
    }

    static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        if (field.isEmpty() || path.equals(field)) {
            return path;
        }
        return path + "." + field;
    }
}
