package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.VersionConflictException;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.Member;
import de.koop.domain.governance.Minutes;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.governance.Structure;
import de.koop.domain.network.Network;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Meetings} adapter must do: keep a meeting's agenda, invitees, attendance,
 * decisions and minutes exactly. Extend it and return your adapter's stores.
 */
public abstract class MeetingsContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Networks networks();
        Bodies bodies();
        Meetings meetings();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Network network;
    private Body conference;
    private PartnerId city;

    @BeforeEach
    void startWithAConferenceOfThree() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
        // meetings refer to partners by id only: this contract needs no Partners store
        city = Fixtures.partner(network.getId(), "Stadt Leipzig", PartnerCategory.CITY_ADMINISTRATION).getId();
        Body body = GovernanceFixtures.conference(network.getId(), "Netzwerkkonferenz");
        for (String name : List.of("Mia Koch", "Anna Schmidt", "Jonas Weber")) {
            body.appoint(new Seat(SeatId.newId(), name, Optional.of(PersonId.newId()), Optional.of(city), SeatRole.MEMBER,
                    SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1), Optional.empty()));
        }
        conference = stores().bodies().save(body);
    }

    private Meeting scheduled(int number, LocalDateTime start) {
        return scheduled(MeetingId.newId(), number, start);
    }

    private Meeting scheduled(MeetingId id, int number, LocalDateTime start) {
        return Meeting.schedule(id, conference, number, start, start.plusHours(3),
                MeetingFormat.IN_PERSON, "Neues Rathaus, Festsaal",
                new ConveningRule.Responsibility(city, "feste Zuständigkeit"), List.of());
    }

    /** Saves the meeting and reads it back, checking both against what was given. */
    private Meeting saved(Meeting meeting, long version) {
        return ReadBack.saved(meeting, stores().meetings()::save, m -> stores().meetings().findById(m.getId()),
                "version", version);
    }

    @Test
    void storesAPlannedMeetingWithItsPrefilledAgenda() {
        Meeting given = scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0));
        Meeting meeting = stores().meetings().save(given);

        Meeting found = stores().meetings().findById(meeting.getId()).orElseThrow();
        ReadBack.sameAsGiven(found, given, "version", 0);
        assertThat(found.getVersion()).isZero();
        assertThat(found.getBodyId()).isEqualTo(conference.getId());
        assertThat(found.getNumber()).isEqualTo(1);
        assertThat(found.getStartsAt()).isEqualTo(LocalDateTime.of(2025, 3, 12, 14, 0));
        assertThat(found.getEndsAt()).contains(LocalDateTime.of(2025, 3, 12, 17, 0));
        assertThat(found.getFormat()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(found.getPlace()).contains("Neues Rathaus, Festsaal");
        assertThat(found.getConvener()).isEqualTo(meeting.getConvener());
        assertThat(found.getState()).isEqualTo(MeetingState.PLANNED);
        assertThat(found.getAgenda()).isEqualTo(meeting.getAgenda());
        assertThat(found.getMinutes()).isEmpty();
    }

    @Test
    void storesAMeetingRunFromProposalsToMinutes() {
        Meeting meeting = saved(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)), 0);
        meeting.proposeItem("Pflegestützpunkt Grünau", "Jonas Weber");
        meeting.proposeItem("Fachtag 2026", "Mia Koch");
        meeting.acceptItem(3);
        meeting.deferItem(4);
        List<Member> members = Structure.of(List.of(conference)).membersOn(conference, LocalDate.of(2025, 3, 12));
        meeting.invite(members);
        meeting = saved(meeting, 1);
        meeting.recordHeld(List.of("Anna Schmidt", "Mia Koch"));
        meeting.recordDecision(Optional.of(3), "Der Fachtag findet im Mai statt.", 2, 0, 0, conference.getDecisionRule());
        meeting.recordDecision(Optional.empty(), "Anträge gehen an die Steuerungsgruppe.", 1, 0, 1,
                conference.getDecisionRule());
        meeting.recordMinutes(new Minutes("Protokoll der Konferenz …", Optional.of(LocalDate.of(2025, 4, 2))));
        Meeting saved = stores().meetings().save(meeting);

        Meeting found = stores().meetings().findById(meeting.getId()).orElseThrow();
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(found.getState()).isEqualTo(MeetingState.MINUTED);
        assertThat(found.getAgenda()).isEqualTo(meeting.getAgenda());
        assertThat(found.getInvitees()).isEqualTo(meeting.getInvitees());
        assertThat(found.getDecisions()).isEqualTo(meeting.getDecisions());
        assertThat(found.getMinutes()).isEqualTo(meeting.getMinutes());
        ReadBack.sameAsGiven(found, meeting, "version", 2);
    }

    @Test
    void refusesToSaveOverANewerVersion() {
        Meeting original = stores().meetings().save(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)));
        Meeting first = stores().meetings().findById(original.getId()).orElseThrow();
        Meeting second = stores().meetings().findById(original.getId()).orElseThrow();
        first.proposeItem("Erster Vorschlag", "Anna Schmidt");
        stores().meetings().save(first);
        second.proposeItem("Zweiter Vorschlag", "Jonas Weber");

        assertThatThrownBy(() -> stores().meetings().save(second)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Sitzung " + original.getId());
        assertThat(stores().meetings().findById(original.getId()).orElseThrow().getAgenda().getLast().title())
                .isEqualTo("Erster Vorschlag");
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        Meeting original = stores().meetings().save(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)));
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> stores().meetings().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.proposeItem("Schreiber " + writer + " in Runde " + version[0], "Anna Schmidt"),
                stores().meetings()::save, winner -> {
                    Meeting stored = stores().meetings().findById(original.getId()).orElseThrow();
                    assertThat(stored.getAgenda().getLast().title())
                            .isEqualTo("Schreiber " + winner + " in Runde " + version[0]);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void listsMeetingsByBodyInNumberOrderAndByNetworkInTimeThenIdOrder() {
        List<MeetingId> ids = Ids.descending(4, MeetingId::new);
        Meeting second = stores().meetings().save(scheduled(ids.get(0), 2, LocalDateTime.of(2027, 3, 10, 14, 0)));
        Meeting first = stores().meetings().save(scheduled(ids.get(1), 1, LocalDateTime.of(2025, 3, 12, 14, 0)));
        Body other = stores().bodies().save(GovernanceFixtures.workingGroup(network.getId(), conference.getId(), "AG"));
        Meeting workingGroup = stores().meetings().save(Meeting.schedule(ids.get(2), other, 1,
                LocalDateTime.of(2026, 1, 20, 10, 0), null, MeetingFormat.VIRTUAL, null, null, List.of()));
        // at the same time as the working group's, saved after it with a lesser id
        Meeting sameTime = stores().meetings().save(Meeting.schedule(ids.get(3), other, 2,
                LocalDateTime.of(2026, 1, 20, 10, 0), null, MeetingFormat.VIRTUAL, null, null, List.of()));
        Network elsewhere = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        Body foreign = stores().bodies().save(GovernanceFixtures.conference(elsewhere.getId(), "Fremde Konferenz"));
        stores().meetings().save(Meeting.schedule(MeetingId.newId(), foreign, 1,
                LocalDateTime.of(2026, 1, 20, 10, 0), null, MeetingFormat.IN_PERSON, null, null, List.of()));

        assertThat(stores().meetings().listByBody(conference.getId())).extracting(Meeting::getId)
                .containsExactly(first.getId(), second.getId());
        assertThat(stores().meetings().listByBody(other.getId())).extracting(Meeting::getId)
                .containsExactly(workingGroup.getId(), sameTime.getId());
        assertThat(stores().meetings().listByNetwork(network.getId())).extracting(Meeting::getId)
                .containsExactly(first.getId(), sameTime.getId(), workingGroup.getId(), second.getId());
        assertThat(stores().meetings().findById(workingGroup.getId()).orElseThrow().getConvener()).isEmpty();
        assertThat(stores().meetings().listByNetwork(network.getId()).getFirst()).usingRecursiveComparison()
                .isEqualTo(stores().meetings().findById(first.getId()).orElseThrow());
    }

    @Test
    void listsAllMeetingsOfSeveralBodiesWithTheirChildrenLeavingOutUnknownBodies() {
        Meeting first = stores().meetings().save(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)));
        first.proposeItem("Fachtag 2026", "Mia Koch");
        first.invite(Structure.of(List.of(conference)).membersOn(conference, LocalDate.of(2025, 3, 12)));
        first.recordHeld(List.of("Mia Koch", "Jonas Weber"));
        first.recordDecision(Optional.empty(), "Der Fachtag findet statt.", 2, 0, 0, conference.getDecisionRule());
        stores().meetings().save(first);
        Meeting second = scheduled(2, LocalDateTime.of(2027, 3, 10, 14, 0));
        second.invite(Structure.of(List.of(conference)).membersOn(conference, LocalDate.of(2027, 3, 10)));
        second.recordHeld(List.of("Anna Schmidt"));
        second.recordDecision(Optional.empty(), "Das Protokoll wird genehmigt.", 1, 0, 0, conference.getDecisionRule());
        stores().meetings().save(second);
        Body group = stores().bodies().save(GovernanceFixtures.workingGroup(network.getId(), conference.getId(), "AG"));
        stores().meetings().save(Meeting.schedule(MeetingId.newId(), group, 1,
                LocalDateTime.of(2026, 1, 20, 10, 0), null, MeetingFormat.VIRTUAL, null, null, List.of()));
        Network other = stores().networks().save(Fixtures.network("Anderes Netzwerk"));
        Body foreign = stores().bodies().save(GovernanceFixtures.conference(other.getId(), "Fremde Konferenz"));
        Meeting elsewhere = stores().meetings().save(Meeting.schedule(MeetingId.newId(), foreign, 1,
                LocalDateTime.of(2026, 2, 3, 10, 0), null, MeetingFormat.IN_PERSON, null, null, List.of()));

        List<Meeting> found = stores().meetings().listByBodies(List.of(conference.getId(), foreign.getId(), BodyId.newId()));

        BulkLoads.assertGivesWhatFindByIdGives(found, stores().meetings()::findById,
                List.of(first.getId(), second.getId(), elsewhere.getId()));
        assertThat(found).flatExtracting(Meeting::getInvitees).hasSize(6);
        assertThat(found).flatExtracting(Meeting::getDecisions).hasSize(2);
    }

    @Test
    void listsNoMeetingsForNoBodies() {
        stores().meetings().save(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)));

        assertThat(stores().meetings().listByBodies(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoMeetingSavedOrChanged() {
        Meeting kept = stores().meetings().save(scheduled(1, LocalDateTime.of(2025, 3, 12, 14, 0)));
        Meeting changed = stores().meetings().findById(kept.getId()).orElseThrow();
        changed.proposeItem("Nie gespeichert", "Anna Schmidt");
        Meeting added = scheduled(2, LocalDateTime.of(2026, 3, 12, 14, 0));

        FailingUseCase.undoesSaves(stores(), Meeting::getId, stores().meetings()::findById, stores().meetings()::save, "version",
                kept, changed, added);
    }
}
