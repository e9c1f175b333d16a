package de.koop.domain.partner;

import de.koop.domain.shared.InvalidValueException;
import java.util.Locale;

/** What a partner may allow to be published: its logo, and its contacts. */
public enum ConsentScope {
    LOGO,
    CONTACTS;

    public static ConsentScope fromCode(String code, String field) {
        if (code != null) {
            for (ConsentScope scope : values()) {
                if (scope.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return scope;
                }
            }
        }
        throw new InvalidValueException(field, "unbekannter Umfang „" + code + "“; erlaubt: LOGO, CONTACTS");
    }
}
