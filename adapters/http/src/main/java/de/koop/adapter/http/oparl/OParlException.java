package de.koop.adapter.http.oparl;

import io.micronaut.http.HttpStatus;

/** A request the OParl API answers with an error object. */
final class OParlException extends RuntimeException {

    private final HttpStatus status;

    OParlException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static OParlException notFound(String path) {
        return new OParlException(HttpStatus.NOT_FOUND, "Dieses Objekt gibt es nicht oder es ist nicht öffentlich: " + path);
    }
}
