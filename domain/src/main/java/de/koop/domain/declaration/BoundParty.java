package de.koop.domain.declaration;

import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span in which a partner is bound by an agreement: from signing or accession, until the day a
 * termination takes effect (open while none is pending).
 */
public record BoundParty(PartnerId partnerId, Basis basis, LocalDate since, Optional<LocalDate> until) {

    /** Why the partner is bound. */
    public enum Basis {
        SIGNATORY,
        ACCESSION
    }

    public BoundParty {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(since) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    BoundParty endingOn(LocalDate day) {
        return new BoundParty(partnerId, basis, since, Optional.of(day));
    }
}
