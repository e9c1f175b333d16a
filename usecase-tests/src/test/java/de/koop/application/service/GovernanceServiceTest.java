package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertInvalid;
import static de.koop.application.service.UseCaseFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.Dashboard;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.Member;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bodies, seats and elections (rules 6 and 7), and the dashboard. */
class GovernanceServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final GovernanceService governance = koop.governanceService;
    private final Network network = koop.network("Leipziger Kooperation Pflege");
    private final Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt", "Katrin Böhme",
            "sozialamt@leipzig.example");
    private final Partner aok = koop.partner(network, "AOK PLUS", "Sabine Krüger", "pflege@aokplus.example");

    private Body conference() {
        return koop.body(network, "Netzwerkkonferenz").kind(BodyKind.CONFERENCE).cadence(new Cadence.EveryYears(2))
                .convenedBy(new ConveningRule.Fixed(city.getId())).establish();
    }

    /** A steering group of at most ten elected members, elected by the conference for a year. */
    private Body steeringGroup(Body conference, Integer maxConsecutiveTerms) {
        return koop.body(network, "Steuerungsgruppe").kind(BodyKind.STEERING_GROUP).minutesRequired()
                .decidedBy(DecisionRule.Kind.MAJORITY_OF_MEMBERS_PRESENT, null)
                .composition(new Composition(Optional.of(10), true, List.of(), false))
                .elected(conference, 1, maxConsecutiveTerms).establish();
    }

    /** Members of the conference for the city since 2021, by name. */
    private List<String> voters(Body conference, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(koop.seat(conference, "Konferenzmitglied " + i, city, "2021-02-01").holderName());
        }
        return names;
    }

    private static Candidate candidate(String name, int votes) {
        return new Candidate(name, Optional.empty(), Optional.empty(), votes);
    }

    private List<Seat> elect(Body body, String electedOn, int seats, List<String> voters, Candidate... candidates) {
        return governance.elect(new GovernanceUseCase.Elect(network.getId(), body.getId(), Optional.empty(),
                LocalDate.parse(electedOn), seats, voters, Arrays.asList(candidates)));
    }

    private List<Seat> seatsOf(Body body) {
        return koop.bodies.findById(body.getId()).orElseThrow().getSeats();
    }

    @Test
    void anElectionFillsTheSeatsForOneTermTellsTheElectorateAndAnEleventhElectedSeatIsRefused() {
        Body conference = conference();
        Body steering = steeringGroup(conference, null);
        List<String> voters = voters(conference, 12);
        Candidate[] candidates = IntStream.rangeClosed(1, 11).mapToObj(i -> candidate("Mitglied " + i, 12 - i))
                .toArray(Candidate[]::new);

        List<Seat> elected = elect(steering, "2025-03-12", 10, voters, candidates);

        assertThat(elected).extracting(Seat::holderName).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 10).mapToObj(i -> "Mitglied " + i).toList());
        assertThat(elected).allSatisfy(seat -> {
            assertThat(seat.basis()).isEqualTo(SeatBasis.ELECTED);
            assertThat(seat.until()).contains(LocalDate.of(2026, 3, 11));
        });
        assertRefused(RuleCode.ELECTED_SEATS_FULL, () -> governance.appoint(new GovernanceUseCase.Appoint(
                network.getId(), steering.getId(), "Nummer Elf", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.ELECTED, LocalDate.of(2025, 4, 1), Optional.empty())));
        // the conference's members sit for the city: its contact hears the result, once
        assertThat(koop.messages()).singleElement().satisfies(result -> {
            assertThat(result.kind()).isEqualTo(MessageKind.ELECTION_RESULT);
            assertThat(result.recipient().value()).isEqualTo("sozialamt@leipzig.example");
            assertThat(result.subject()).isEqualTo("Wahlergebnis Steuerungsgruppe vom 12.03.2025, Wahl durch "
                    + "Netzwerkkonferenz: " + String.join(", ", IntStream.rangeClosed(1, 10)
                    .mapToObj(i -> "Mitglied " + i).toList()));
            assertThat(result.text()).contains("Zu besetzen waren 10 Sitze; 12 Personen haben gewählt.",
                    "- Mitglied 1, 11 Stimmen, Amtszeit bis 11.03.2026");
        });
    }

    @Test
    void onlyMembersOfTheElectorateMayVoteAndARefusedElectionLeavesNothingBehind() {
        Body conference = conference();
        Body steering = steeringGroup(conference, null);
        voters(conference, 2);

        assertInvalid("voters[0]", () -> elect(steering, "2025-03-12", 1, List.of("Jemand von außen"),
                candidate("Kandidatin", 1)));
        assertInvalid("voters[1]", () -> elect(steering, "2025-03-12", 1,
                List.of("Konferenzmitglied 1", "Konferenzmitglied 1"), candidate("Kandidatin", 1)));
        assertThat(seatsOf(steering)).isEmpty();
        assertThat(koop.messages()).isEmpty();
    }

    @Test
    void anElectionOnADayTheElectingBodyDidNotMeetIsRefusedAndLeavesNothingBehind() {
        Body conference = conference();
        Body steering = steeringGroup(conference, null);
        List<String> voters = voters(conference, 3);
        koop.meeting(conference, "2025-03-12T10:00", MeetingFormat.IN_PERSON);

        assertRefused(RuleCode.ELECTION_WITHOUT_MEETING,
                () -> elect(steering, "2025-03-13", 1, voters, candidate("Clara Neu", 3)));
        assertThat(koop.governanceService.find(network.getId(), steering.getId(), LocalDate.of(2025, 3, 13)).body()
                .getSeats()).isEmpty();
        assertThat(elect(steering, "2025-03-12", 1, voters, candidate("Clara Neu", 3))).hasSize(1);
    }

    @Test
    void impossibleResultsAndElectionsStillToComeAreRefused() {
        Body conference = conference();
        Body steering = steeringGroup(conference, null);
        List<String> voters = voters(conference, 2);

        assertInvalid("candidates[0]", () -> elect(steering, "2025-03-12", 1, voters, candidate("Mitglied 1", 3)));
        assertInvalid("candidates", () -> elect(steering, "2025-03-12", 1, voters, candidate("Mitglied 1", 2),
                candidate("Mitglied 2", 1)));
        assertInvalid("electedOn", () -> elect(steering, "2026-11-24", 1, voters, candidate("Mitglied 1", 1)));
        assertRefused(RuleCode.ELECTION_TIE, () -> elect(steering, "2025-03-12", 1, voters,
                candidate("Mitglied 1", 1), candidate("Mitglied 2", 1)));
        assertThat(seatsOf(steering)).isEmpty();
    }

    @Test
    void nobodyServesMoreConsecutiveTermsThanTheRulesAllowButAYearOutStartsTheCountAgain() {
        Body conference = conference();
        Body steering = steeringGroup(conference, 2);
        List<String> voters = voters(conference, 3);

        elect(steering, "2023-03-01", 1, voters, candidate("Jana Vogel", 3));
        elect(steering, "2024-03-01", 1, voters, candidate("Jana Vogel", 3));

        assertInvalid("candidates[0]", () -> elect(steering, "2025-03-01", 1, voters, candidate("Jana Vogel", 3)));
        assertThat(elect(steering, "2026-03-01", 1, voters, candidate("Jana Vogel", 3)))
                .singleElement().satisfies(seat -> assertThat(seat.until()).contains(LocalDate.of(2027, 2, 28)));
    }

    @Test
    void aTermEndsTheDayBeforeItsAnniversaryAndTheDashboardNamesItWhenItEndsSoon() {
        Body conference = conference();
        Body steering = steeringGroup(conference, null);
        List<String> voters = voters(conference, 3);

        Seat seat = elect(steering, "2026-01-15", 1, voters, candidate("Jana Vogel", 2)).getFirst();

        assertThat(seat.until()).contains(LocalDate.of(2027, 1, 14));
        Dashboard soon = governance.dashboard(network.getId(), LocalDate.of(2026, 12, 20), 30);
        Dashboard notYet = governance.dashboard(network.getId(), LocalDate.of(2026, 12, 20), 20);
        assertThat(soon.seatsEndingSoon()).singleElement().satisfies(ending -> {
            assertThat(ending.bodyName()).isEqualTo("Steuerungsgruppe");
            assertThat(ending.seat().holderName()).isEqualTo("Jana Vogel");
        });
        assertThat(notYet.seatsEndingSoon()).isEmpty();
        assertThat(governance.find(network.getId(), steering.getId(), LocalDate.of(2027, 1, 15)).members()).isEmpty();
    }

    /** nordsachsen: a steering group each of whose sub-groups elects a member into it. */
    @Test
    void eachSubGroupElectsItsOwnMemberIntoTheSteeringGroupAndAGroupWithoutOneIsNamed() {
        Body steering = koop.body(network, "AG Integrierte Sozialplanung").kind(BodyKind.STEERING_GROUP)
                .establishedOn("2023-02-01").composition(new Composition(Optional.empty(), false, List.of(), true))
                .elected(null, 2, null).establish();
        Body care = koop.body(network, "UAG Pflege").childOf(steering).establishedOn("2023-02-01").establish();
        Body poverty = koop.body(network, "UAG Armut").childOf(steering).establishedOn("2023-02-01").establish();
        koop.seat(care, "Gerda Winkler", city, "2023-03-01");
        koop.seat(care, "Frank Neumann", city, "2023-03-01");
        koop.seat(poverty, "Stefan Beyer", city, "2023-04-01");
        Candidate gerda = new Candidate("Gerda Winkler", Optional.empty(), Optional.of(city.getId()), 2);
        List<String> voters = List.of("Gerda Winkler", "Frank Neumann");

        assertInvalid("electorateBodyId", () -> elect(steering, "2023-05-02", 1, voters, gerda));
        assertInvalid("candidates[0]", () -> governance.elect(new GovernanceUseCase.Elect(network.getId(),
                steering.getId(), Optional.of(care.getId()), LocalDate.of(2023, 5, 2), 1, voters,
                List.of(candidate("Stefan Beyer", 2)))));
        List<Seat> elected = governance.elect(new GovernanceUseCase.Elect(network.getId(), steering.getId(),
                Optional.of(care.getId()), LocalDate.of(2023, 5, 2), 1, voters, List.of(gerda)));

        assertThat(elected).singleElement().satisfies(seat -> assertThat(seat.until()).contains(LocalDate.of(2025, 5, 1)));
        assertThat(governance.find(network.getId(), steering.getId(), LocalDate.of(2023, 6, 1)).compositionGaps())
                .anySatisfy(gap -> assertThat(gap).contains("Aus „UAG Armut“ ist niemand Mitglied"))
                .noneSatisfy(gap -> assertThat(gap).contains("UAG Pflege"));
    }

    @Test
    void theSpeakerOfAWorkingGroupSitsInTheSteeringGroupExOfficioAndTheSeatMovesWithTheRole() {
        Body steering = steeringGroup(conference(), null);
        Body group = koop.body(network, "AG Überleitung").childOf(steering).establishedOn("2021-03-01").establish();
        Seat jana = governance.appoint(new GovernanceUseCase.Appoint(network.getId(), group.getId(), "Jana Vogel",
                Optional.empty(), Optional.empty(), SeatRole.SPEAKER, SeatBasis.APPOINTED, LocalDate.of(2022, 1, 1),
                Optional.empty()));

        List<Member> before = governance.find(network.getId(), steering.getId(), LocalDate.of(2023, 1, 1)).members();
        governance.endSeat(new GovernanceUseCase.EndSeat(network.getId(), group.getId(), jana.id(),
                LocalDate.of(2023, 6, 30)));
        governance.appoint(new GovernanceUseCase.Appoint(network.getId(), group.getId(), "Peter Hoffmann",
                Optional.empty(), Optional.empty(), SeatRole.SPEAKER, SeatBasis.APPOINTED, LocalDate.of(2023, 7, 1),
                Optional.empty()));
        List<Member> after = governance.find(network.getId(), steering.getId(), LocalDate.of(2023, 7, 1)).members();

        assertThat(before).singleElement().satisfies(member -> {
            assertThat(member.name()).isEqualTo("Jana Vogel");
            assertThat(member.basis()).isEqualTo(SeatBasis.EX_OFFICIO);
            assertThat(member.exOfficioFor()).contains(group.getId());
        });
        assertThat(after).extracting(Member::name).containsExactly("Peter Hoffmann");
    }

    @Test
    void aPartnerThatLeftTheNetworkGetsNoNewSeatAndItsOldSeatIsReported() {
        Body conference = conference();
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-20", city);
        koop.accede(network, agreement, aok, "2021-03-01");
        koop.seat(conference, "Sabine Krüger", aok, "2021-03-01");
        koop.declarationService.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                agreement.getId(), aok.getId(), Optional.empty(), UseCaseFixture.receipt("2024-06-03")));

        assertRefused(RuleCode.PARTNER_LEFT_NETWORK, () -> koop.seat(conference, "Neu bei der AOK", aok, "2024-07-01"));
        assertThat(governance.find(network.getId(), conference.getId(), LocalDate.of(2024, 7, 1)).compositionGaps())
                .contains("„Sabine Krüger“ sitzt für „AOK PLUS“, der aus dem Netzwerk ausgeschieden ist; der Sitz "
                        + "sollte enden.");
    }

    @Test
    void twoBodiesOfANetworkCannotShareAName() {
        conference();

        assertRefused(RuleCode.BODY_NAME_TAKEN, () -> koop.body(network, "netzwerkkonferenz").establish());
        assertThat(governance.list(network.getId(), LocalDate.of(2026, 1, 1))).hasSize(1);
    }

    @Test
    void theDashboardNamesABodyOverdueForItsMeeting() {
        Body conference = conference();
        koop.seat(conference, "Anna Schmidt", city, "2021-02-01");

        Dashboard dashboard = governance.dashboard(network.getId(), LocalDate.of(2023, 6, 1), 30);

        assertThat(dashboard.overdueBodies()).singleElement()
                .satisfies(view -> assertThat(view.nextMeetingDue()).contains(LocalDate.of(2023, 2, 1)));
        assertThat(governance.dashboard(network.getId(), LocalDate.of(2022, 6, 1), 30).overdueBodies()).isEmpty();
    }
}
