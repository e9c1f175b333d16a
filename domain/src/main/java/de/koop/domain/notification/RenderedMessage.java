package de.koop.domain.notification;

import java.util.Objects;

/** A message as its template renders it: subject, plain text and HTML. */
public record RenderedMessage(String subject, String text, String html) {

    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
