package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertInvalid;
import static de.koop.application.service.UseCaseFixture.assertRefused;
import static de.koop.application.service.UseCaseFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.in.FindMeetingsQuery.NextMeeting;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Decision;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.Minutes;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A body's meetings from planning to closed minutes (rules 9 to 12), and the mail they send. */
class MeetingServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final MeetingService meetings = koop.meetingService;
    private final Network network = koop.network("Leipziger Kooperation Pflege");
    private final Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt", "Katrin Böhme",
            "pflegenetz@leipzig.example");
    private final Partner care = koop.partner(network, "Pflegedienst Sonnenschein", "Jana Vogel",
            "info@sonnenschein.example");
    private final Partner aok = koop.partner(network, "AOK PLUS", "Sabine Krüger", "pflege@aokplus.example");

    /** A steering group that requires minutes and decides by a majority of the members present. */
    private Body steeringGroup(Integer quorumPercent) {
        return koop.body(network, "Steuerungsgruppe").kind(BodyKind.STEERING_GROUP).minutesRequired()
                .formats(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL)
                .decidedBy(DecisionRule.Kind.MAJORITY_OF_MEMBERS_PRESENT, quorumPercent).establish();
    }

    /** Nine members, all for the city. */
    private List<String> nineMembers(Body body) {
        return IntStream.rangeClosed(1, 9)
                .mapToObj(i -> koop.seat(body, "Mitglied " + i, city, "2025-01-01").holderName()).toList();
    }

    private Meeting invited(Body body, String startsAt) {
        Meeting meeting = koop.meeting(body, startsAt, MeetingFormat.IN_PERSON);
        return meetings.invite(ref(meeting));
    }

    private Meeting heldWith(Body body, List<String> present) {
        return meetings.recordHeld(ref(invited(body, "2025-06-12T14:00")), present);
    }

    /** The steering group with Anna Schmidt as its one member. */
    private Body steeringGroupOfOne() {
        Body steering = steeringGroup(null);
        koop.seat(steering, "Anna Schmidt", city, "2021-02-01");
        return steering;
    }

    private Decision decide(Meeting meeting, int yes, int no, int abstain) {
        return meetings.recordDecision(ref(meeting), Optional.empty(), "Der Fachtag findet im Mai 2026 statt.", yes, no,
                abstain).getDecisions().getLast();
    }

    @Test
    void aMeetingRunsFromProposalsToClosedMinutesAndADeferredTopicCarriesOver() {
        Body steering = steeringGroup(null);
        List<String> members = nineMembers(steering);
        Meeting meeting = koop.meeting(steering, "2025-06-12T14:00", MeetingFormat.VIRTUAL);
        MeetingUseCase.Ref ref = ref(meeting);

        meetings.proposeItem(ref, "Fachtag Demenz 2026", "Mitglied 3");
        meetings.proposeItem(ref, "Neue AG Wohnen", "Mitglied 5");
        meetings.acceptItem(ref, 1);
        meetings.deferItem(ref, 2);
        Meeting invited = meetings.invite(ref);
        meetings.recordHeld(ref, members);
        Decision rejected = decide(meeting, 4, 2, 3);

        assertThat(invited.getState()).isEqualTo(MeetingState.INVITED);
        assertThat(invited.getInvitees()).hasSize(9).allSatisfy(i -> assertThat(i.voting()).isTrue());
        assertThat(rejected.outcome()).as("4 of 9 present is no majority").isEqualTo(DecisionRule.Outcome.REJECTED);
        assertInvalid("votes", () -> decide(meeting, 8, 2, 0));
        assertRefused(RuleCode.MINUTES_REQUIRED, () -> meetings.close(ref));
        meetings.recordMinutes(ref, new Minutes("Protokoll der Sitzung vom 12. Juni 2025 …",
                Optional.of(LocalDate.of(2025, 9, 10))));
        assertThat(meetings.close(ref).getState()).isEqualTo(MeetingState.CLOSED);
        Meeting next = koop.meeting(steering, "2025-09-10T14:00", MeetingFormat.IN_PERSON);
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getAgenda()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Neue AG Wohnen");
            assertThat(item.carriedOver()).isTrue();
            assertThat(item.status()).isEqualTo(AgendaItem.Status.PROPOSED);
        });
    }

    @Test
    void theSameCountsPassUnderASimpleMajorityOfTheVotesCast() {
        Body planning = koop.body(network, "Planungsgremium").kind(BodyKind.PLANNING_BODY)
                .decidedBy(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, null).establish();
        List<String> members = nineMembers(planning);

        Meeting held = heldWith(planning, members);

        assertThat(decide(held, 4, 2, 3).outcome()).isEqualTo(DecisionRule.Outcome.ADOPTED);
    }

    @Test
    void withoutItsQuorumPresentTheBodyCannotDecide() {
        Body steering = steeringGroup(50);
        List<String> members = nineMembers(steering);

        Meeting fewPresent = heldWith(steering, members.subList(0, 4));

        assertThat(decide(fewPresent, 4, 0, 0).outcome()).isEqualTo(DecisionRule.Outcome.NO_QUORUM);
        assertThat(fewPresent.getInvitees()).filteredOn(Invitee::present).hasSize(4);
    }

    @Test
    void theInvitationIsOneMessagePerAddressWithTheAgendaAndACalendarEventForThatRecipientOnly() {
        Body group = koop.body(network, "AG Überleitung").formats(MeetingFormat.IN_PERSON).establish();
        koop.seat(group, "Jana Vogel", care, "2025-01-01");
        koop.seat(group, "Katrin Böhme", city, "2025-01-01");
        koop.seat(group, "Tom Richter", city, "2025-01-01");
        Meeting meeting = meetings.schedule(new MeetingUseCase.Schedule(network.getId(), group.getId(),
                LocalDateTime.parse("2026-03-12T14:00"), LocalDateTime.parse("2026-03-12T16:00"),
                MeetingFormat.IN_PERSON, "Neues Rathaus, Raum 259"));
        meetings.proposeItem(ref(meeting), "Überleitungsbogen 2026", "Jana Vogel");
        meetings.acceptItem(ref(meeting), 1);
        meetings.proposeItem(ref(meeting), "Später", "Tom Richter");
        meetings.deferItem(ref(meeting), 2);

        meetings.invite(ref(meeting));

        List<Notification> invitations = koop.messages();
        assertThat(invitations).extracting(n -> n.recipient().value())
                .containsExactlyInAnyOrder("info@sonnenschein.example", "pflegenetz@leipzig.example");
        assertThat(invitations).allSatisfy(invitation -> {
            assertThat(invitation.kind()).isEqualTo(MessageKind.MEETING_INVITATION);
            assertThat(invitation.subject()).isEqualTo("Einladung: 1. Sitzung AG Überleitung am 12.03.2026");
            assertThat(invitation.text()).contains("Termin: Donnerstag, 12.03.2026, 14:00–16:00 Uhr",
                    "Ort: Neues Rathaus, Raum 259", "1. Überleitungsbogen 2026").doesNotContain("Später");
            assertThat(invitation.attachments()).singleElement().satisfies(ics -> {
                assertThat(ics.contentType()).isEqualTo("text/calendar");
                String unfolded = ics.content().replace("\r\n ", "");
                assertThat(unfolded).contains("UID:" + meeting.getId() + "@koop", "METHOD:REQUEST",
                        "DTSTART;TZID=Europe/Berlin:20260312T140000", "mailto:" + invitation.recipient().value());
                assertThat(unfolded.split("ATTENDEE")).as("one attendee").hasSize(2);
            });
        });
    }

    @Test
    void theMinutesGoToEveryoneInvitedAndOnceApprovedTheMeetingChangesNoMore() {
        Body group = koop.body(network, "AG Überleitung").formats(MeetingFormat.IN_PERSON).establish();
        koop.seat(group, "Jana Vogel", care, "2025-01-01");
        koop.seat(group, "Sabine Krüger", aok, "2025-01-01");
        Meeting meeting = heldWith(group, List.of("Jana Vogel"));

        meetings.recordMinutes(ref(meeting), new Minutes("TOP 1: Der Überleitungsbogen wird angenommen.",
                Optional.of(LocalDate.of(2025, 6, 26))));

        List<Notification> minutes = koop.messages().stream()
                .filter(n -> n.kind() == MessageKind.MINUTES_DISTRIBUTION).toList();
        assertThat(minutes).extracting(n -> n.recipient().value())
                .containsExactlyInAnyOrder("info@sonnenschein.example", "pflege@aokplus.example");
        assertThat(minutes).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Protokoll: 1. Sitzung AG Überleitung vom 12.06.2025");
            assertThat(m.text()).contains("am 26.06.2025 genehmigt", "TOP 1: Der Überleitungsbogen wird angenommen.");
        });
        assertRefused(RuleCode.MINUTES_ALREADY_APPROVED, () -> decide(meeting, 1, 0, 0));
        assertInvalid("approvedOn", () -> meetings.recordMinutes(ref(meeting), new Minutes("Später genehmigt",
                Optional.of(LocalDate.of(2026, 11, 24)))));
    }

    @Test
    void theConvenerIsProposedByTheBodysRuleWhenTheMeetingIsPlanned() {
        Body fixed = koop.body(network, "Netzwerkkonferenz").kind(BodyKind.CONFERENCE)
                .convenedBy(new ConveningRule.Fixed(city.getId())).establish();
        Body alternating = koop.body(network, "Steuerungsgruppe").kind(BodyKind.STEERING_GROUP)
                .convenedBy(new ConveningRule.Alternating(List.of(city.getId(), aok.getId()))).establish();
        Optional<ConveningRule.Responsibility> beforePlanning = koop.governanceService.find(network.getId(),
                alternating.getId(), LocalDate.of(2025, 1, 1)).nextConvener();

        Meeting conference = koop.meeting(fixed, "2025-03-10T10:00", MeetingFormat.IN_PERSON);
        Meeting first = koop.meeting(alternating, "2025-03-12T14:00", MeetingFormat.IN_PERSON);
        Meeting second = koop.meeting(alternating, "2025-06-12T14:00", MeetingFormat.IN_PERSON);

        assertThat(conference.getConvener()).hasValueSatisfying(c -> {
            assertThat(c.partnerId()).isEqualTo(city.getId());
            assertThat(c.reason()).isEqualTo("feste Zuständigkeit");
        });
        assertThat(first.getConvener()).hasValueSatisfying(c -> assertThat(c.partnerId()).isEqualTo(city.getId()));
        assertThat(second.getConvener()).hasValueSatisfying(c -> assertThat(c.partnerId()).isEqualTo(aok.getId()));
        assertThat(beforePlanning).as("the body's view names who convenes next")
                .hasValueSatisfying(c -> assertThat(c.partnerId()).isEqualTo(city.getId()));
    }

    @Test
    void beforeAMeetingIsPlannedKoopSaysWhichNumberItGetsAndWhoConvenesItOnThatDay() {
        Body rotating = koop.body(network, "Kooperationskonferenz").kind(BodyKind.CONFERENCE)
                .convenedBy(new ConveningRule.Rotating(List.of(city.getId(), aok.getId()), 2, LocalDate.of(2024, 1, 1)))
                .establish();
        Body withoutRule = koop.body(network, "AG Wohnen").establish();

        NextMeeting in2025 = meetings.nextMeeting(network.getId(), rotating.getId(), LocalDate.of(2025, 3, 12));
        NextMeeting in2026 = meetings.nextMeeting(network.getId(), rotating.getId(), LocalDate.of(2026, 3, 12));
        Meeting planned = koop.meeting(rotating, "2026-03-12T14:00", MeetingFormat.IN_PERSON);
        NextMeeting afterIt = meetings.nextMeeting(network.getId(), rotating.getId(), LocalDate.of(2026, 9, 1));

        assertThat(in2025.number()).isEqualTo(1);
        assertThat(in2025.convener()).hasValueSatisfying(c -> assertThat(c.partnerId()).isEqualTo(city.getId()));
        assertThat(in2026.convener()).as("the management passed on after two years").hasValueSatisfying(c -> {
            assertThat(c.partnerId()).isEqualTo(aok.getId());
            assertThat(c.reason()).isEqualTo("Geschäftsführung wechselt alle 2 Jahre; seit 2026-01-01 bei der 2. von 2 Parteien");
        });
        assertThat(planned.getNumber()).isEqualTo(in2026.number());
        assertThat(planned.getConvener()).as("planning gives what was shown").isEqualTo(in2026.convener());
        assertThat(afterIt.number()).isEqualTo(2);
        assertThat(meetings.nextMeeting(network.getId(), withoutRule.getId(), LocalDate.of(2026, 3, 12)))
                .isEqualTo(new NextMeeting(1, Optional.empty()));
        assertInvalid("day", () -> meetings.nextMeeting(network.getId(), rotating.getId(), null));
        Network other = koop.network("Netzwerk B");
        assertThatThrownBy(() -> meetings.nextMeeting(other.getId(), rotating.getId(), LocalDate.of(2026, 3, 12)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Gremium");
    }

    @Test
    void theBodysNextConvenerIsTheOneOfTheNextMeetingToBePlanned() {
        Body alternating = koop.body(network, "Steuerungsgruppe").kind(BodyKind.STEERING_GROUP)
                .convenedBy(new ConveningRule.Alternating(List.of(city.getId(), aok.getId()))).establish();
        koop.meeting(alternating, "2025-03-12T14:00", MeetingFormat.IN_PERSON);
        koop.meeting(alternating, "2025-06-12T14:00", MeetingFormat.IN_PERSON);
        koop.meeting(alternating, "2025-09-12T14:00", MeetingFormat.IN_PERSON);

        Optional<ConveningRule.Responsibility> next = koop.governanceService.find(network.getId(),
                alternating.getId(), LocalDate.of(2025, 1, 1)).nextConvener();

        assertThat(next).as("meetings 1 to 3 are planned: meeting 4's convener, not meeting 1's")
                .hasValueSatisfying(c -> {
                    assertThat(c.partnerId()).isEqualTo(aok.getId());
                    assertThat(c.reason()).isEqualTo("im Wechsel: Sitzung 4, 2. von 2 Parteien");
                });
    }

    @Test
    void meetingsArePlannedInOrderInAFormatTheBodyAllowsAndHeldOnlyOnceTheyTookPlace() {
        Body steering = steeringGroupOfOne();
        Meeting later = invited(steering, "2027-06-10T14:00");

        assertRefused(RuleCode.MEETING_OUT_OF_ORDER,
                () -> koop.meeting(steering, "2027-03-10T14:00", MeetingFormat.IN_PERSON));
        assertInvalid("format", () -> koop.meeting(steering, "2027-09-10T14:00", MeetingFormat.HYBRID));
        assertRefused(RuleCode.MEETING_IN_FUTURE, () -> meetings.recordHeld(ref(later), List.of("Anna Schmidt")));
        assertThat(meetings.find(network.getId(), later.getId()).getState()).isEqualTo(MeetingState.INVITED);
        assertThat(meetings.list(network.getId())).hasSize(1);
    }

    @Test
    void onlyInviteesCanBeRecordedAsPresent() {
        Meeting meeting = invited(steeringGroupOfOne(), "2025-06-12T14:00");

        assertInvalid("present[1]", () -> meetings.recordHeld(ref(meeting), List.of("Anna Schmidt", "Jemand Fremdes")));
        assertThat(meetings.find(network.getId(), meeting.getId()).getState()).isEqualTo(MeetingState.INVITED);
    }

    @Test
    void aHeldMeetingWithoutTheRequiredMinutesIsOnTheDashboardUntilTheyAreRecorded() {
        Meeting held = heldWith(steeringGroupOfOne(), List.of("Anna Schmidt"));

        assertThat(koop.governanceService.dashboard(network.getId(), LocalDate.of(2025, 7, 1), 30)
                .meetingsLackingMinutes()).extracting(Meeting::getId).containsExactly(held.getId());
        meetings.recordMinutes(ref(held), new Minutes("Protokoll", Optional.empty()));
        assertThat(koop.governanceService.dashboard(network.getId(), LocalDate.of(2025, 7, 1), 30)
                .meetingsLackingMinutes()).isEmpty();
    }
}
