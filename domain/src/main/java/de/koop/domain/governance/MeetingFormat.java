package de.koop.domain.governance;

/** How a meeting is held. */
public enum MeetingFormat {
    IN_PERSON,
    VIRTUAL,
    HYBRID;

    public static MeetingFormat fromCode(String code, String field) {
        return Codes.parse(MeetingFormat.class, code, field);
    }
}
