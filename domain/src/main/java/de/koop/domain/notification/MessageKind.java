package de.koop.domain.notification;

/** The kinds of German e-mail koop writes; each has its own template. */
public enum MessageKind {
    ACCESSION_CONFIRMATION,
    TERMINATION_CONFIRMATION,
    MEETING_INVITATION,
    MINUTES_DISTRIBUTION
}
