package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in a body (Mitgliedschaft, Sitz): in a role, on a basis, for a partner, from a day to a day.
 *
 * @param personId  the contact person of a partner, when the holder is one
 * @param until     the last day of the seat; empty while it runs
 */
public record Seat(SeatId id, String holderName, Optional<PersonId> personId, Optional<PartnerId> onBehalfOf,
                   SeatRole role, SeatBasis basis, LocalDate from, Optional<LocalDate> until) {

    public Seat {
        Objects.requireNonNull(id, "id");
        holderName = Text.required(holderName, "holderName", 200);
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        if (role == null) {
            throw new InvalidValueException("role", "darf nicht leer sein");
        }
        if (basis == null) {
            throw new InvalidValueException("basis", "darf nicht leer sein");
        }
        if (from == null) {
            throw new InvalidValueException("from", "darf nicht leer sein");
        }
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new InvalidValueException("until", "liegt vor dem Beginn des Sitzes");
        }
    }

    public boolean isHeldOn(LocalDate date) {
        return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** Whether this seat and {@code other} belong to the same person. */
    public boolean sameHolder(Seat other) {
        if (personId.isPresent() && other.personId.isPresent()) {
            return personId.equals(other.personId);
        }
        // a name without a partner may be anyone of that name: treated as the same person, to be safe
        return holderName.equalsIgnoreCase(other.holderName)
                && (onBehalfOf.isEmpty() || other.onBehalfOf.isEmpty() || onBehalfOf.equals(other.onBehalfOf));
    }

    Seat endingOn(LocalDate day) {
        return new Seat(id, holderName, personId, onBehalfOf, role, basis, from, Optional.of(day));
    }
}
