package de.koop.domain.shared;

/**
 * A broken domain invariant. The message is German and meant for the coordinator who caused it.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
