package de.koop.application.port.out;

import de.koop.domain.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Hands notifications on to where they are delivered: a mail server (SMTP in production), or a directory of
 * {@code .eml} files. Implementations must pass {@code MailSenderContract} from the application test-jar.
 */
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
     * Sends the messages, each to its recipient as plain text and HTML with its attachments, with a
     * {@code Message-ID} derived from the notification's id (the same on every attempt), over a few
     * connections at once. Reports each message's outcome to {@code outcomes} as soon as the server
     * has answered, on the thread that sent it, before it starts the next message on that connection.
     * Never throws for a message the server refuses or cannot take, or whose recipient it cannot parse:
     * that message fails alone.
     *
     * @param proceed  asked before each message: once false, no further message is started, and those
     *                 not started are not reported
     * @param outcomes takes each outcome; what it throws ends the sending on that connection and is
     *                 thrown by this method once the other connections have stopped
     */
    void send(List<Notification> batch, BooleanSupplier proceed, Consumer<Delivery> outcomes);
}
