package de.koop.application.access;

/** The actor is signed in, may see what it asked about, but lacks the right to do it. */
public final class ForbiddenException extends AccessRefusedException {

    public ForbiddenException(String message) {
        super(message);
    }
}
