package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.VersionConflictException;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Bodies} adapter must do: keep every rule as data and every seat as history.
 * Extend it and return your adapter's stores.
 */
public abstract class BodiesContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Bodies bodies();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Network network;
    private Partner city;
    private Partner aok;

    @BeforeEach
    void startWithANetwork() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
        // seats refer to partners by id only: this contract needs no Partners store
        city = Fixtures.partner(network.getId(), "Stadt Leipzig", PartnerCategory.CITY_ADMINISTRATION);
        aok = Fixtures.partner(network.getId(), "AOK PLUS", PartnerCategory.COST_BEARER);
    }

    /** Saves the body and reads it back, checking both against what was given. */
    private Body saved(Body body, long version) {
        return ReadBack.saved(body, stores().bodies()::save, b -> stores().bodies().findById(b.getId()), "version",
                version);
    }

    @Test
    void storesEveryRuleOfABodyAsData() {
        Body conference = GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz");
        stores().bodies().save(conference);
        Body steering = GovernanceFixtures.steeringGroup(network.getId(), conference.getId(),
                List.of(city.getId(), aok.getId()), aok.getId());
        stores().bodies().save(steering);

        Body found = stores().bodies().findById(steering.getId()).orElseThrow();
        assertThat(found.getVersion()).isZero();
        assertThat(found.getKind()).isEqualTo(steering.getKind());
        assertThat(found.getName()).isEqualTo("Steuerungsgruppe");
        assertThat(found.getParentId()).isEmpty();
        assertThat(found.getEstablishedOn()).isEqualTo(steering.getEstablishedOn());
        assertThat(found.getTemporaryUntil()).isEqualTo(steering.getTemporaryUntil());
        assertThat(found.getFormats()).isEqualTo(steering.getFormats());
        assertThat(found.isMinutesRequired()).isTrue();
        assertThat(found.getDecisionRule()).isEqualTo(steering.getDecisionRule());
        assertThat(found.getCadence()).isEqualTo(steering.getCadence());
        assertThat(found.getComposition()).isEqualTo(steering.getComposition());
        assertThat(found.getConvening()).isEqualTo(steering.getConvening());
        assertThat(found.getElectionRules()).isEqualTo(steering.getElectionRules());
        Body foundConference = stores().bodies().findById(conference.getId()).orElseThrow();
        assertThat(foundConference.getRequiredTopics()).containsExactly("Bericht der Steuerungsgruppe",
                "Bericht der Arbeitsgruppen");
        assertThat(foundConference.getCadence()).isEqualTo(conference.getCadence());
        assertThat(foundConference.getResponsibilities()).contains("Netzwerkkonferenz");
        assertThat(foundConference.getConvening()).isEmpty();
        assertThat(foundConference.getElectionRules()).isEmpty();
        ReadBack.sameAsGiven(found, steering, "version", 0);
        ReadBack.sameAsGiven(foundConference, conference, "version", 0);
    }

    @Test
    void storesEveryKindOfConveningRule() {
        List<ConveningRule> rules = List.of(new ConveningRule.Fixed(aok.getId()),
                new ConveningRule.Alternating(List.of(city.getId(), aok.getId())),
                new ConveningRule.Rotating(List.of(aok.getId(), city.getId()), 3, LocalDate.of(2022, 7, 1)));
        for (ConveningRule rule : rules) {
            Body given = Body.establish(BodyId.newId(), network.getId(), BodyKind.STEERING_GROUP, "Lenkung", null,
                    LocalDate.of(2021, 2, 1), null, new Charter(EnumSet.of(MeetingFormat.HYBRID), false,
                    new DecisionRule(DecisionRule.Kind.CONSENSUS, Optional.empty()), new Cadence.TimesAYear(2,
                    Cadence.TimesAYear.Frequency.AT_LEAST), List.of(), Optional.empty(), Composition.open(),
                            Optional.ofNullable(rule), Optional.empty()));
            stores().bodies().save(given);

            Body found = stores().bodies().findById(given.getId()).orElseThrow();
            assertThat(found.getConvening()).contains(rule);
            ReadBack.sameAsGiven(found, given, "version", 0);
        }
    }

    @Test
    void storesSeatsAsHistoryAndCountsTheVersionUp() {
        Body conference = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        Body group = saved(GovernanceFixtures.workingGroup(network.getId(), conference.getId(), "AG Überleitung"), 0);
        // the seats stand in neither alphabetical nor id order
        List<SeatId> ids = Ids.descending(3, SeatId::new);
        Seat speaker = group.appoint(new Seat(ids.get(0), "Jana Vogel", Optional.of(PersonId.newId()),
                Optional.of(city.getId()), SeatRole.SPEAKER,
                SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));
        group.appoint(new Seat(ids.get(1), "Gast Person", Optional.empty(), Optional.empty(), SeatRole.GUEST,
                SeatBasis.READINESS_DECLARATION, LocalDate.of(2022, 2, 1), Optional.of(LocalDate.of(2022, 12, 31))));
        group.appoint(new Seat(ids.get(2), "Mia Koch", Optional.empty(), Optional.of(aok.getId()), SeatRole.MEMBER,
                SeatBasis.APPOINTED, LocalDate.of(2021, 6, 1), Optional.empty()));
        group = saved(group, 1);
        group.endSeat(speaker.id(), LocalDate.of(2024, 6, 30));
        Body saved = stores().bodies().save(group);

        Body found = stores().bodies().findById(group.getId()).orElseThrow();
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(found.getVersion()).isEqualTo(2);
        assertThat(found.getParentId()).contains(conference.getId());
        assertThat(found.getSeats()).isEqualTo(group.getSeats());
        assertThat(found.getSeats().getFirst()).isEqualTo(new Seat(speaker.id(), "Jana Vogel", speaker.personId(),
                Optional.of(city.getId()), SeatRole.SPEAKER, SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1),
                Optional.of(LocalDate.of(2024, 6, 30))));
        assertThat(speaker.personId()).isPresent();
        assertThat(found.getSeats()).extracting(Seat::holderName).containsExactly("Jana Vogel", "Gast Person",
                "Mia Koch");
        ReadBack.sameAsGiven(found, group, "version", 2);
    }

    @Test
    void savesWhatAnErasureLeftOfNameTopicsAndSeats() {
        Body group = Body.establish(BodyId.newId(), network.getId(), BodyKind.WORKING_GROUP, "AG Anna Roth", null,
                LocalDate.of(2021, 3, 1), null, new Charter(EnumSet.of(MeetingFormat.VIRTUAL), false,
                new DecisionRule(DecisionRule.Kind.CONSENSUS, Optional.empty()), new Cadence.Variable(),
                List.of("Bericht von Anna Roth", "Verschiedenes"), Optional.of("Leitung: Anna Roth"),
                Composition.open(), Optional.empty(), Optional.empty()));
        group.appoint(new Seat(SeatId.newId(), "Anna Roth", Optional.empty(), Optional.of(city.getId()),
                SeatRole.MEMBER,
                SeatBasis.APPOINTED, LocalDate.of(2025, 1, 1), Optional.empty()));
        Body saved = stores().bodies().save(group);
        Redaction erasure = Redaction.of(PersonId.newId(), List.of("Anna Roth"));

        assertThat(saved.redact(erasure)).isTrue();
        stores().bodies().save(saved);

        Body found = stores().bodies().findById(group.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("AG " + erasure.pseudonym());
        assertThat(found.getRequiredTopics()).containsExactly("Bericht von " + erasure.pseudonym(), "Verschiedenes");
        assertThat(found.getResponsibilities()).contains("Leitung: " + erasure.pseudonym());
        assertThat(found.getSeats()).extracting(Seat::holderName).containsExactly(erasure.pseudonym());
        ReadBack.sameAsGiven(found, saved, "version", 1);
        assertThat(stores().bodies().listByNetwork(network.getId())).extracting(Body::getName)
                .containsExactly("AG " + erasure.pseudonym());
    }

    @Test
    void refusesToSaveOverANewerVersion() {
        Body original = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        Body first = stores().bodies().findById(original.getId()).orElseThrow();
        Body second = stores().bodies().findById(original.getId()).orElseThrow();
        first.appoint(new Seat(SeatId.newId(), "Erste", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));
        stores().bodies().save(first);
        second.appoint(new Seat(SeatId.newId(), "Zweite", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));

        assertThatThrownBy(() -> stores().bodies().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Gremium " + original.getId());
        assertThat(stores().bodies().findById(original.getId()).orElseThrow().getSeats())
                .extracting(Seat::holderName).containsExactly("Erste");
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Body original = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> stores().bodies().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.appoint(new Seat(SeatId.newId(),
                        "Schreiber " + writer + " in Runde " + version[0],
                        Optional.empty(), Optional.empty(), SeatRole.MEMBER, SeatBasis.APPOINTED,
                        LocalDate.of(2022, 1, 1), Optional.empty())),
                stores().bodies()::save, winner -> {
                    Body stored = stores().bodies().findById(original.getId()).orElseThrow();
                    assertThat(stored.getSeats()).hasSize((int) version[0] + 1);
                    assertThat(stored.getSeats().getLast().holderName())
                            .isEqualTo("Schreiber " + winner + " in Runde " + version[0]);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void listsANetworksBodiesByFoldedNameThenId() {
        Body conference = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        // saved in neither alphabetical nor id order; two names fold to the same key
        List<BodyId> ids = Ids.descending(3, BodyId::new);
        stores().bodies().save(GovernanceFixtures.workingGroup(ids.get(0), network.getId(), conference.getId(),
                "AG Überleitung"));
        stores().bodies().save(GovernanceFixtures.workingGroup(ids.get(1), network.getId(), conference.getId(),
                "AG Bestandsanalyse"));
        stores().bodies().save(GovernanceFixtures.workingGroup(ids.get(2), network.getId(), conference.getId(),
                "AG-Uberleitung"));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        stores().bodies().save(GovernanceFixtures.conference(other.getId(), "Fremde Konferenz"));

        List<Body> listed = stores().bodies().listByNetwork(network.getId());

        assertThat(listed).extracting(Body::getName)
                .containsExactly("AG Bestandsanalyse", "AG-Uberleitung", "AG Überleitung", "Netzwerkkonferenz");
        assertThat(listed.get(3)).usingRecursiveComparison().isEqualTo(conference);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(stores().bodies().findById(BodyId.newId())).isEmpty();
    }

    @Test
    void findsSeveralBodiesByIdWithTheirSeatsLeavingOutUnknownIds() {
        Body conference = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        Body group = GovernanceFixtures.workingGroup(network.getId(), conference.getId(), "AG Überleitung");
        group.appoint(new Seat(SeatId.newId(), "Jana Vogel", Optional.of(PersonId.newId()), Optional.of(city.getId()),
                SeatRole.SPEAKER, SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));
        stores().bodies().save(group);
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        Body foreign = stores().bodies().save(GovernanceFixtures.conference(other.getId(), "Fremde Konferenz"));

        List<Body> found = stores().bodies().findAllById(List.of(group.getId(), foreign.getId(), BodyId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, stores().bodies()::findById, List.of(group.getId(),
                foreign.getId()));
        assertThat(found).flatExtracting(Body::getSeats).extracting(Seat::holderName).containsExactly("Jana Vogel");
    }

    @Test
    void findsNoBodiesForNoIds() {
        stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));

        assertThat(stores().bodies().findAllById(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoBodySavedOrChanged() {
        Body kept = stores().bodies().save(GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz"));
        Body changed = stores().bodies().findById(kept.getId()).orElseThrow();
        changed.appoint(new Seat(SeatId.newId(), "Nie gespeichert", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));
        Body added = GovernanceFixtures.workingGroup(network.getId(), kept.getId(), "Nie eingerichtet");

        FailingUseCase.undoesSaves(stores(), Body::getId, stores().bodies()::findById, stores().bodies()::save,
                "version",
                kept, changed, added);
    }
}
