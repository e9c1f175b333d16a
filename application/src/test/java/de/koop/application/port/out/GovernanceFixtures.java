package de.koop.application.port.out;

import de.koop.domain.governance.Body;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Bodies like those of the shared agreements, for the contract tests. */
public final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    /** A conference every two years with required report topics. */
    public static Body conference(NetworkId networkId, String name) {
        return Body.establish(BodyId.newId(), networkId, BodyKind.CONFERENCE, name, null, LocalDate.of(2021, 2, 1),
                null, new Charter(EnumSet.of(MeetingFormat.IN_PERSON), false,
                new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, Optional.empty()),
                new Cadence.EveryYears(2), List.of("Bericht der Steuerungsgruppe", "Bericht der Arbeitsgruppen"),
                Optional.of("Netzwerkkonferenz"), Composition.open(), Optional.empty(), Optional.empty()));
    }

    /** A steering group of up to ten elected by the conference for one year, plus the working groups' speakers. */
    public static Body steeringGroup(NetworkId networkId, BodyId conference, List<PartnerId> rotation,
                                     PartnerId reserved) {
        return Body.establish(BodyId.newId(), networkId, BodyKind.STEERING_GROUP, "Steuerungsgruppe", null,
                LocalDate.of(2021, 2, 1), LocalDate.of(2030, 12, 31), new Charter(EnumSet.of(MeetingFormat.IN_PERSON,
                MeetingFormat.VIRTUAL), true, new DecisionRule(DecisionRule.Kind.MAJORITY_OF_MEMBERS_PRESENT,
                Optional.of(50)), new Cadence.TimesAYear(4, Cadence.TimesAYear.Frequency.ABOUT), List.of(),
                Optional.empty(), new Composition(Optional.of(10), true, List.of(reserved), true),
                Optional.of(new ConveningRule.Rotating(rotation, 2, LocalDate.of(2021, 1, 1))),
                Optional.of(new ElectionRules(Optional.of(conference), 1, Optional.empty()))));
    }

    public static Body workingGroup(NetworkId networkId, BodyId parent, String name) {
        return workingGroup(BodyId.newId(), networkId, parent, name);
    }

    public static Body workingGroup(BodyId id, NetworkId networkId, BodyId parent, String name) {
        return Body.establish(id, networkId, BodyKind.WORKING_GROUP, name, parent, LocalDate.of(2021, 3, 1), null,
                new Charter(EnumSet.of(MeetingFormat.VIRTUAL), false, new DecisionRule(DecisionRule.Kind.CONSENSUS,
                Optional.empty()), new Cadence.Variable(), List.of(), Optional.empty(), Composition.open(),
                Optional.empty(), Optional.empty()));
    }
}
