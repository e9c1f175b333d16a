package de.koop.domain.governance;

/** The role a person holds in a body. */
public enum SeatRole {
    MEMBER,
    SPEAKER,
    CHAIR,
    DEPUTY,
    DELEGATE,
    GUEST;

    public static SeatRole fromCode(String code, String field) {
        return Codes.parse(SeatRole.class, code, field);
    }

    /** Guests take part but do not vote and do not count as members. */
    public boolean isMember() {
        return this != GUEST;
    }
}
