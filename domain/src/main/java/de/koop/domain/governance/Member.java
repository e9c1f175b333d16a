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
        // without person ids, namesakes for different partners are different people; without a partner,
        // a name may be anyone of that name and is treated as the same person
        return name.equalsIgnoreCase(other.name)
                && (onBehalfOf.isEmpty() || other.onBehalfOf.isEmpty() || onBehalfOf.equals(other.onBehalfOf));
    }
}
