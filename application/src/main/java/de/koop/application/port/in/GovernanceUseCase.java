package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sets up a network's bodies and fills their seats: by appointment, by declaration, by election. */
public interface GovernanceUseCase {

    record EstablishBody(NetworkId networkId, BodyKind kind, String name, Optional<BodyId> parentId,
                         LocalDate establishedOn, Optional<LocalDate> temporaryUntil, Set<MeetingFormat> formats,
                         boolean minutesRequired, DecisionRule decisionRule, Cadence cadence,
                         List<String> requiredTopics, String responsibilities, Composition composition,
                         Optional<ConveningRule> convening, Optional<ElectionRules> electionRules)
                                 implements NetworkScoped {
        public EstablishBody {
            Required.value(networkId, "networkId");
            Required.value(parentId, "parentId");
            Required.value(temporaryUntil, "temporaryUntil");
            Required.value(convening, "convening");
            Required.value(electionRules, "electionRules");
        }
    }

    record Appoint(NetworkId networkId, BodyId bodyId, String holderName, Optional<PersonId> personId,
                   Optional<PartnerId> onBehalfOf, SeatRole role, SeatBasis basis, LocalDate from,
                   Optional<LocalDate> until) implements NetworkScoped {
        public Appoint {
            Required.value(networkId, "networkId");
            Required.value(bodyId, "bodyId");
        }
    }

    record EndSeat(NetworkId networkId, BodyId bodyId, SeatId seatId, LocalDate lastDay) implements NetworkScoped {
        public EndSeat {
            Required.value(networkId, "networkId");
            Required.value(bodyId, "bodyId");
            Required.value(seatId, "seatId");
            Required.value(lastDay, "lastDay");
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
            Required.value(networkId, "networkId");
            Required.value(bodyId, "bodyId");
            Required.value(electorateBodyId, "electorateBodyId");
            Required.value(electedOn, "electedOn");
            voters = List.copyOf(voters);
            candidates = List.copyOf(candidates);
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
