package de.koop.domain.notification;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A German e-mail that koop must send (Benachrichtigung), written into the outbox in the same
 * transaction as the change that causes it, and sent from there.
 */
public record Notification(NotificationId id, NetworkId networkId, MessageKind kind, List<EmailAddress> recipients,
                           String subject, String text, String html, Status status, int attempts,
                           Instant createdAt) {

    /** Pending until sent; failed after the last attempt. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(kind, "kind");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new InvalidValueException("recipients", "mindestens eine Empfängeradresse");
        }
        subject = Text.required(subject, "subject", 300);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A message still to be sent. */
    public static Notification pending(NetworkId networkId, MessageKind kind, List<EmailAddress> recipients,
                                       RenderedMessage message, Instant createdAt) {
        return new Notification(NotificationId.newId(), networkId, kind, recipients, message.subject(), message.text(),
                message.html(), Status.PENDING, 0, createdAt);
    }
}
