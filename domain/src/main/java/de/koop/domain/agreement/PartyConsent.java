package de.koop.domain.agreement;

import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/** A party's written consent to a version, and its date. */
public record PartyConsent(PartnerId party, LocalDate on) {

    public PartyConsent {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(on, "on");
    }
}
