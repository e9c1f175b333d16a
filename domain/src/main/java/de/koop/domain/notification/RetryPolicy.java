package de.koop.domain.notification;

import de.koop.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * How often and how far apart the outbox tries a message: the first retry after {@code firstDelay},
 * each further one after twice the previous wait, and after {@code maxAttempts} failed attempts the
 * message is parked as failed, for an administrator to look at and retry.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 30) {
            throw new InvalidValueException("maxAttempts", "zwischen 1 und 30");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new InvalidValueException("firstDelay", "muss positiv sein");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        return firstDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    }
}
