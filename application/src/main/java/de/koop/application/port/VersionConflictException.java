package de.koop.application.port;

/**
 * Somebody else changed the thing since the caller read it: the change is refused rather than
 * silently overwriting theirs. Raised by out-ports (a store that finds a newer version stored) and
 * by use cases (a command that names a stale version) alike, and reported by driving adapters; so it
 * belongs to neither side alone.
 */
public final class VersionConflictException extends RuntimeException {

    public VersionConflictException(String kind, Object id) {
        super(kind + " " + id + " wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung wiederholen.");
    }
}
