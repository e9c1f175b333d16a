package de.koop.domain.access;

import de.koop.domain.shared.InvalidValueException;
import java.util.Locale;

/** What a user may do in one network. */
public enum NetworkRole {
    /** Reads and changes everything of the network, and reads its audit trail. */
    COORDINATOR,
    /** Reads its own network, proposes agenda items and records its partner's readiness. */
    MEMBER;

    public static NetworkRole fromCode(String code, String field) {
        try {
            return valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "unbekannte Rolle „" + code + "“; erlaubt: COORDINATOR, MEMBER");
        }
    }
}
