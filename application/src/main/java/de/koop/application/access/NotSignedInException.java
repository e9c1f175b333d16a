package de.koop.application.access;

/** Only someone signed in may do this, and nobody is. */
public final class NotSignedInException extends AccessRefusedException {

    public NotSignedInException() {
        super("Bitte melden Sie sich an.");
    }
}
