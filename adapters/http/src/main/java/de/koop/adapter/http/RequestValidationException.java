package de.koop.adapter.http;

import java.util.List;

/** A request with one or more bad fields; nothing was changed. */
final class RequestValidationException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    RequestValidationException(List<Problem.FieldError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
