package de.koop.adapter.http;

import io.micronaut.http.HttpStatus;

/** The kinds of problem the API reports, each with its status and German title. */
enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Ungültige Eingabe"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Nicht gefunden"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "Veralteter Stand"),
    RULE_VIOLATION(HttpStatus.UNPROCESSABLE_ENTITY, "Regel verletzt"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Methode nicht erlaubt"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Format nicht lieferbar"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Format nicht unterstützt"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String uri() {
        return "urn:koop:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
