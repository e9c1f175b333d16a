package de.koop.domain.governance;

/** On what basis a person holds a seat. */
public enum SeatBasis {
    ELECTED,
    APPOINTED,
    EX_OFFICIO,
    READINESS_DECLARATION;

    public static SeatBasis fromCode(String code, String field) {
        return Codes.parse(SeatBasis.class, code, field);
    }
}
