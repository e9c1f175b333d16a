package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Someone who belongs to a body on a day: by a seat of its own, or ex officio as the speaker of a
 * child working group ({@code exOfficioFor}).
 */
public record Member(String name, Optional<PersonId> personId, Optional<PartnerId> onBehalfOf, SeatRole role,
                     SeatBasis basis, Optional<BodyId> exOfficioFor, LocalDate from, Optional<LocalDate> until) {

    static Member of(Seat seat) {
        return new Member(seat.holderName(), seat.personId(), seat.onBehalfOf(), seat.role(), seat.basis(),
                Optional.empty(), seat.from(), seat.until());
    }

    static Member exOfficio(Seat speakerSeat, BodyId workingGroup) {
        return new Member(speakerSeat.holderName(), speakerSeat.personId(), speakerSeat.onBehalfOf(), SeatRole.MEMBER,
                SeatBasis.EX_OFFICIO, Optional.of(workingGroup), speakerSeat.from(), speakerSeat.until());
    }

    /** Whether this is the same person as {@code other}. */
    public boolean samePerson(Member other) {
        if (personId.isPresent() && other.personId.isPresent()) {
            return personId.equals(other.personId);
        }
        // without person ids, a name counts only together with the partner the person acts for
        return name.equalsIgnoreCase(other.name) && onBehalfOf.equals(other.onBehalfOf);
    }
}
