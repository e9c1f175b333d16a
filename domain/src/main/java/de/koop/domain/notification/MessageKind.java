package de.koop.domain.notification;

/** The kinds of German e-mail koop writes; each has its own template. */
public enum MessageKind {
    ACCESSION_CONFIRMATION(false),
    TERMINATION_CONFIRMATION(false),
    MEETING_INVITATION(false),
    MINUTES_DISTRIBUTION(false),
    ELECTION_RESULT(false),
    /** A deadline falls due soon. */
    DEADLINE_REMINDER(true),
    /** A deadline passed unmet. */
    DEADLINE_OVERDUE(true),
    /** A body must meet soon, or should have met, and no meeting is planned. */
    MEETING_DUE_REMINDER(true),
    /** A seat's term ends soon. */
    SEAT_TERM_ENDING(true),
    /** An agreement's review falls due soon. */
    REVIEW_DUE_REMINDER(true);

    private final boolean reminder;

    MessageKind(boolean reminder) {
        this.reminder = reminder;
    }

    /**
     * Written by the reminder sweep on its own, not upon something a person did: such a message says so
     * (RFC 3834), so that mail programs send no out-of-office replies to it.
     */
    public boolean isReminder() {
        return reminder;
    }
}
