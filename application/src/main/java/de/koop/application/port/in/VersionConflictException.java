package de.koop.application.port.in;

/**
 * Somebody else changed the thing since the caller read it: the change is refused rather than
 * silently overwriting theirs. Raised by use cases and by out-ports alike.
 */
public final class VersionConflictException extends RuntimeException {

    public VersionConflictException(String kind, Object id) {
        super(kind + " " + id + " wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung wiederholen.");
    }
}
