package de.koop.application.port.out;

import de.koop.domain.notification.Notification;

/** Hands a notification to a mail server (SMTP in production). */
public interface MailSender {

    /**
     * Sends the message to all its recipients, as plain text and HTML.
     *
     * @throws MailDeliveryException when the server cannot be reached or refuses the message; the
     *                               outbox then tries again later
     */
    void send(Notification notification);
}
