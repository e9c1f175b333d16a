package de.koop.adapter.http;

import io.micronaut.http.HttpStatus;

/** The kinds of problem the API reports, each with its status and German title. */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Ungültige Eingabe"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Anmeldung erforderlich"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Keine Berechtigung"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Nicht gefunden"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "Veralteter Stand"),
    RULE_VIOLATION(HttpStatus.UNPROCESSABLE_ENTITY, "Regel verletzt"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Methode nicht erlaubt"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Format nicht lieferbar"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Format nicht unterstützt"),
    TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Anfrage zu groß"),
    URI_TOO_LONG(HttpStatus.REQUEST_URI_TOO_LONG, "Adresse zu lang"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Kopfzeilen zu groß"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Zu viele Versuche"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:koop:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
