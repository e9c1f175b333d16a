package de.koop.domain.notification;

/** The kinds of German e-mail koop writes; each has its own template. */
public enum MessageKind {
    ACCESSION_CONFIRMATION,
    TERMINATION_CONFIRMATION,
    MEETING_INVITATION,
    MINUTES_DISTRIBUTION,
    ELECTION_RESULT,
    /** A deadline falls due soon. */
    DEADLINE_REMINDER,
    /** A deadline passed unmet. */
    DEADLINE_OVERDUE,
    /** A body must meet soon, or should have met, and no meeting is planned. */
    MEETING_DUE_REMINDER,
    /** A seat's term ends soon. */
    SEAT_TERM_ENDING,
    /** An agreement's review falls due soon. */
    REVIEW_DUE_REMINDER
}
