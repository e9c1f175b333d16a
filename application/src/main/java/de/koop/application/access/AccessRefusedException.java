package de.koop.application.access;

/** The actor may not do what it asked; the subclasses say why, a driving adapter tells it accordingly. */
public abstract sealed class AccessRefusedException extends RuntimeException
        permits NotSignedInException, ForbiddenException, HiddenNetworkException {

    AccessRefusedException(String message) {
        super(message);
    }
}
