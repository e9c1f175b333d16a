package de.koop.domain.agreement;

import de.koop.domain.shared.InvalidValueException;
import java.util.Locale;

/** The kind of governing document. */
public enum AgreementKind {
    FRAMEWORK_AGREEMENT("Rahmenvereinbarung"),
    FRAMEWORK_ORDER("Rahmenordnung"),
    COOPERATION_AGREEMENT("Kooperationsvereinbarung");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgreementKind fromCode(String code, String field) {
        if (code != null) {
            for (AgreementKind kind : values()) {
                if (kind.name().equals(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return kind;
                }
            }
        }
        throw new InvalidValueException(field, "unbekannte Art „" + code
                + "“; erlaubt: FRAMEWORK_AGREEMENT, FRAMEWORK_ORDER, COOPERATION_AGREEMENT");
    }
}
