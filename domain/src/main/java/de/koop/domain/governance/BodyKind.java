package de.koop.domain.governance;


/** The kind of organ (Organ, Gremium) a body is. */
public enum BodyKind {
    CONFERENCE("Konferenz"),
    STEERING_GROUP("Steuerungsgruppe"),
    COORDINATION("Koordination"),
    WORKING_GROUP("Arbeitsgruppe"),
    SUB_NETWORK("Unternetzwerk"),
    QUALITY_CIRCLE("Qualitätszirkel"),
    PLANNING_BODY("Steuerungs- und Planungsgremium");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BodyKind fromCode(String code, String field) {
        return Codes.parse(BodyKind.class, code, field);
    }
}
