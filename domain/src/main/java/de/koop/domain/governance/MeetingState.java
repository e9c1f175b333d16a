package de.koop.domain.governance;

/** A meeting's lifecycle: planned → invited → held → minuted → closed. */
public enum MeetingState {
    PLANNED("geplant"),
    INVITED("eingeladen"),
    HELD("abgehalten"),
    MINUTED("protokolliert"),
    CLOSED("abgeschlossen");

    private final String german;

    MeetingState(String german) {
        this.german = german;
    }

    public String german() {
        return german;
    }

    public boolean isHeld() {
        return ordinal() >= HELD.ordinal();
    }
}
