package de.koop.application.port.out;

import de.koop.domain.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Hands notifications to a mail server (SMTP in production). */
public interface MailSender {

    /** What became of one message: delivered to the server, or the reason it was not. */
    record Delivery(Notification notification, Optional<String> failure) {

        public Delivery {
            Objects.requireNonNull(notification, "notification");
            Objects.requireNonNull(failure, "failure");
        }

        public static Delivery delivered(Notification notification) {
            return new Delivery(notification, Optional.empty());
        }

        public static Delivery failed(Notification notification, String reason) {
            return new Delivery(notification, Optional.of(reason));
        }
    }

    /**
     * Sends the messages, each to all its recipients as plain text and HTML with its attachments,
     * over one connection where the server allows. Never throws for a message the server refuses or
     * cannot take: each message gets its own outcome, in the given order, so the outbox retries only
     * those that failed.
     */
    List<Delivery> send(List<Notification> batch);
}
