package de.koop.application.port.out;

/** A message did not reach the mail server; the reason is kept with the message for administrators. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
