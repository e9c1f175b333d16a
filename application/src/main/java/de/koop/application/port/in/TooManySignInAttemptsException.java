package de.koop.application.port.in;

import java.time.Duration;
import java.util.Objects;

/** Too many sign-ins failed from this address or for this account lately; the attempt was not made. */
public final class TooManySignInAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManySignInAttemptsException(Duration retryAfter) {
        super("Zu viele Anmeldeversuche. Bitte versuchen Sie es später erneut.");
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    /** How long until an attempt from there would be taken again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
