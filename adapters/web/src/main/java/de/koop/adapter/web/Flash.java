package de.koop.adapter.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.http.SessionForRequest;

/**
 * The confirmation a page shows once after a form was sent (post, redirect, get): kept in the session
 * between the form's answer and the page it redirects to, so that reloading that page shows it no more.
 */
final class Flash {

    private static final String MESSAGE = "koop.flash";

    private Flash() {
    }

    /** Keeps the confirmation for the next page. */
    static void confirm(HttpRequest<?> request, String message) {
        SessionForRequest.find(request).ifPresent(session -> session.put(MESSAGE, message));
    }

    /** The confirmation kept for this page, once; empty when there is none. */
    static String take(HttpRequest<?> request) {
        return SessionForRequest.find(request).map(session -> {
            String message = session.get(MESSAGE, String.class).orElse("");
            session.remove(MESSAGE);
            return message;
        }).orElse("");
    }
}
