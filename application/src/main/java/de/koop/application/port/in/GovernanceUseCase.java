package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.Required;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/** Sets up a network's bodies and fills their seats: by appointment, by declaration, by election. */
public interface GovernanceUseCase {

    record EstablishBody(NetworkId networkId, BodyKind kind, String name, Optional<BodyId> parentId,
                         LocalDate establishedOn, Optional<LocalDate> temporaryUntil, Charter charter)
                                 implements NetworkScoped {
        public EstablishBody {
            Required.present(networkId, "networkId");
            parentId = Objects.requireNonNullElse(parentId, Optional.empty());
            temporaryUntil = Objects.requireNonNullElse(temporaryUntil, Optional.empty());
            Required.present(charter, "charter");
        }
    }

    record Appoint(NetworkId networkId, BodyId bodyId, String holderName, Optional<PersonId> personId,
                   Optional<PartnerId> onBehalfOf, SeatRole role, SeatBasis basis, LocalDate from,
                   Optional<LocalDate> until) implements NetworkScoped {
        public Appoint {
            Required.present(networkId, "networkId");
            Required.present(bodyId, "bodyId");
        }
    }

    record EndSeat(NetworkId networkId, BodyId bodyId, SeatId seatId, LocalDate lastDay) implements NetworkScoped {
        public EndSeat {
            Required.present(networkId, "networkId");
            Required.present(bodyId, "bodyId");
            Required.present(seatId, "seatId");
            Required.present(lastDay, "lastDay");
        }
    }

    /**
     * An election held by the members of the body's electorate; {@code voters} are those who cast
     * ballots. Where each child group elects its own representatives, {@code electorateBodyId} names
     * the child group; otherwise it is empty or the body's electorate.
     */
    record Elect(NetworkId networkId, BodyId bodyId, Optional<BodyId> electorateBodyId, LocalDate electedOn,
                 int seatsToFill, List<String> voters, List<Candidate> candidates) implements NetworkScoped {
        public Elect {
            Required.present(networkId, "networkId");
            Required.present(bodyId, "bodyId");
            electorateBodyId = Objects.requireNonNullElse(electorateBodyId, Optional.empty());
            Required.present(electedOn, "electedOn");
            voters = List.copyOf(Required.present(voters, "voters"));
            candidates = List.copyOf(Required.present(candidates, "candidates"));
        }
    }

    /**
     * @throws NotFoundException when the network, the parent body or a named partner does not exist in it
     */
    @Command(Permission.COORDINATE)
    Body establish(EstablishBody command);

    /** @throws NotFoundException when the body or the partner does not exist in that network */
    @Command(Permission.COORDINATE)
    Seat appoint(Appoint command);

    /** @throws NotFoundException when the body does not exist in that network */
    @Command(Permission.COORDINATE)
    Seat endSeat(EndSeat command);

    /**
     * Rule 7: voters must belong to the electorate, candidates must be eligible; the winners get
     * elected seats for the body's term.
     *
     * @throws NotFoundException when the body does not exist in that network
     */
    @Command(Permission.COORDINATE)
    List<Seat> elect(Elect command);
}
