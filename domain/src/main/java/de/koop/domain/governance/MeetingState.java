package de.koop.domain.governance;

/** A meeting's lifecycle: planned → invited → held → minuted → closed. */
public enum MeetingState {
    PLANNED,
    INVITED,
    HELD,
    MINUTED,
    CLOSED;

    public boolean isHeld() {
        return ordinal() >= HELD.ordinal();
    }
}
