package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.candidate;
import static de.koop.domain.governance.Governance.composition;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.seat;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rule 6: a body can cap its elected seats, gives each child working group's speaker a seat ex officio,
 * reserves seats for named partners, can require a member from each sub-group; a person may sit in
 * several bodies (leipzig § 3b, nordsachsen § 2).
 */
class Rule6CompositionTest {

    private static final BodyId CONFERENCE = BodyId.newId();

    /** Leipzig § 3b: up to 10 elected members and one representative of each working group. */
    private static Body steeringGroup() {
        return body().kind(BodyKind.STEERING_GROUP).name("Steuerungsgruppe")
                .composition(composition(10, true, List.of(), false))
                .elections(CONFERENCE, 1, null).build();
    }

    private static void fillElectedSeats(Body body, int count) {
        for (int i = 1; i <= count; i++) {
            body.appoint(seat("Mitglied " + i).elected().from("2024-03-01").until("2025-02-28").build());
        }
    }

    @Nested
    class ElectedSeatCap {

        @Test
        void tenElectedSeatsFitTheCap() {
            Body steering = steeringGroup();

            fillElectedSeats(steering, 10);

            assertThat(steering.seatsOn(date("2024-06-01"))).hasSize(10)
                    .allMatch(s -> s.basis() == SeatBasis.ELECTED);
        }

        @Test
        void anEleventhElectedSeatByAppointmentIsRefused() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);

            var e = violation(() -> steering.appoint(seat("Mitglied 11").elected().from("2024-06-01").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.ELECTED_SEATS_FULL);
            assertThat(steering.seatsOn(date("2024-06-01"))).hasSize(10);
        }

        @Test
        void anElectedSeatStartingEarlierIsRefusedWhenItWouldOverlapAFullBodyLater() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);

            var byAppointment = violation(() -> steering.appoint(seat("Früher")
                    .elected().from("2024-03-01").build()));
            var byElection = violation(() -> steering.elect(date("2024-03-01"), 1,
                    List.of(candidate("Früher", 7))));

            assertThat(byAppointment.rule()).isEqualTo(RuleCode.ELECTED_SEATS_FULL);
            assertThat(byElection.rule()).isEqualTo(RuleCode.ELECTED_SEATS_FULL);
            assertThat(steering.seatsOn(date("2024-06-01"))).hasSize(10);
        }

        @Test
        void anEleventhElectedSeatByElectionIsRefused() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);

            var e = violation(() -> steering.elect(date("2024-06-01"), 1, List.of(candidate("Mitglied 11", 7))));

            assertThat(e.rule()).isEqualTo(RuleCode.ELECTED_SEATS_FULL);
            assertThat(steering.getSeats()).hasSize(10);
        }

        @Test
        void anElectionOfMoreSeatsThanRemainUnderTheCapIsRefusedAsAWhole() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 8);

            var e = violation(() -> steering.elect(date("2024-06-01"), 3,
                    List.of(candidate("A", 9), candidate("B", 8), candidate("C", 7))));

            assertThat(e.rule()).isEqualTo(RuleCode.ELECTED_SEATS_FULL);
            assertThat(steering.getSeats()).hasSize(8);
        }

        @Test
        void seatsOnOtherBasesDoNotCountAgainstTheCap() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);

            steering.appoint(seat("Pflegekoordination").basis(SeatBasis.APPOINTED).from("2024-06-01").build());
            steering.appoint(seat("Gast").role(SeatRole.GUEST).from("2024-06-01").build());

            assertThat(steering.seatsOn(date("2024-06-01"))).hasSize(12);
        }

        @Test
        void anElectedSeatFreesUpWhenItsTermHasEnded() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);

            assertThatCode(() -> steering.appoint(seat("Neu").elected().from("2025-03-01").build()))
                    .doesNotThrowAnyException();
        }

        @Test
        void anElectedSeatFreesUpWhenOneIsEndedEarly() {
            Body steering = steeringGroup();
            fillElectedSeats(steering, 10);
            Seat leaving = steering.getSeats().get(0);

            steering.endSeat(leaving.id(), date("2024-05-31"));
            steering.appoint(seat("Nachrückerin").elected().from("2024-06-01").build());

            assertThat(steering.seatsOn(date("2024-06-01"))).hasSize(10)
                    .extracting(Seat::holderName).contains("Nachrückerin").doesNotContain(leaving.holderName());
        }

        @Test
        void aBodyWithoutCapTakesAnyNumberOfElectedSeats() {
            Body open = body().elections(CONFERENCE, 2, null).build();

            for (int i = 1; i <= 25; i++) {
                open.appoint(seat("Mitglied " + i).elected().build());
            }

            assertThat(open.seatsOn(date("2024-01-01"))).hasSize(25);
        }
    }

    @Nested
    class ExOfficioSeatOfWorkingGroupSpeakers {

        private final Body steering = steeringGroup();
        private final Body workingGroup = body().childOf(steering).kind(BodyKind.WORKING_GROUP)
                .name("AG Wohnen im Alter").build();
        private final Structure structure = Structure.of(List.of(steering, workingGroup));

        @Test
        void theSpeakerOfAChildWorkingGroupBelongsToTheParentExOfficio() {
            workingGroup.appoint(seat("Anna Speer").speaker().from("2024-02-01").build());

            List<Member> members = structure.membersOn(steering, date("2024-02-01"));

            assertThat(members).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo("Anna Speer");
                assertThat(m.basis()).isEqualTo(SeatBasis.EX_OFFICIO);
                assertThat(m.exOfficioFor()).contains(workingGroup.getId());
                assertThat(m.role()).isEqualTo(SeatRole.MEMBER);
            });
            assertThat(structure.votingMembersOn(steering, date("2024-02-01"))).isEqualTo(1);
        }

        @Test
        void aSpeakerWhoIsAGuestInTheParentVotesThereExOfficio() {
            PersonId anna = PersonId.newId();
            steering.appoint(seat("Anna Speer").person(anna).role(SeatRole.GUEST).from("2024-01-01").build());
            workingGroup.appoint(seat("Anna Speer").person(anna).speaker().from("2024-02-01").build());

            assertThat(structure.membersOn(steering, date("2024-02-01"))).singleElement()
                    .satisfies(m -> assertThat(m.basis()).isEqualTo(SeatBasis.EX_OFFICIO));
            assertThat(structure.votingMembersOn(steering, date("2024-02-01"))).isEqualTo(1);
        }

        @Test
        void twoPeopleOfTheSameNameForDifferentPartnersAreTwoMembers() {
            steering.appoint(seat("Maria Müller").onBehalfOf(PartnerId.newId()).from("2024-01-01").build());
            workingGroup.appoint(seat("Maria Müller").onBehalfOf(PartnerId.newId()).speaker().from("2024-02-01").build());

            assertThat(structure.membersOn(steering, date("2024-02-01"))).hasSize(2);
        }

        @Test
        void ordinaryMembersOfTheWorkingGroupDoNotSitInTheParent() {
            workingGroup.appoint(seat("Anna Speer").speaker().build());
            workingGroup.appoint(seat("Bernd Glied").build());

            assertThat(structure.membersOn(steering, date("2024-02-01"))).extracting(Member::name)
                    .containsExactly("Anna Speer");
        }

        @Test
        void theExOfficioMemberChangesWithTheSpeaker() {
            Seat first = workingGroup.appoint(seat("Anna Speer").speaker().from("2024-01-01").build());
            workingGroup.endSeat(first.id(), date("2024-06-30"));
            workingGroup.appoint(seat("Carla Neu").speaker().from("2024-07-01").build());

            assertThat(structure.membersOn(steering, date("2024-06-30"))).extracting(Member::name)
                    .containsExactly("Anna Speer");
            assertThat(structure.membersOn(steering, date("2024-07-01"))).extracting(Member::name)
                    .containsExactly("Carla Neu");
            assertThat(structure.membersOn(steering, date("2024-07-01"))).singleElement()
                    .satisfies(m -> assertThat(m.basis()).isEqualTo(SeatBasis.EX_OFFICIO));
        }

        @Test
        void theExOfficioSeatEndsWithTheSpeakerRole() {
            Seat speaker = workingGroup.appoint(seat("Anna Speer").speaker().build());
            workingGroup.endSeat(speaker.id(), date("2024-06-30"));

            assertThat(structure.membersOn(steering, date("2024-07-01"))).isEmpty();
            assertThat(structure.compositionGapsOn(steering, date("2024-07-01")))
                    .singleElement().asString().contains("AG Wohnen im Alter");
        }

        @Test
        void theExOfficioSeatEndsWithATemporaryWorkingGroup() {
            Body temporary = body().childOf(steering).name("AG Befristet").temporaryUntil("2024-12-31").build();
            temporary.appoint(seat("Tina Zeit").speaker().build());
            Structure withTemporary = Structure.of(List.of(steering, temporary));

            assertThat(withTemporary.membersOn(steering, date("2024-12-31"))).extracting(Member::name)
                    .containsExactly("Tina Zeit");
            assertThat(withTemporary.membersOn(steering, date("2025-01-01"))).isEmpty();
        }

        @Test
        void aSpeakerWhoAlreadyHoldsASeatInTheParentIsCountedOnce() {
            PersonId anna = PersonId.newId();
            steering.appoint(seat("Anna Speer").person(anna).elected().build());
            workingGroup.appoint(seat("Anna Speer").person(anna).speaker().build());

            assertThat(structure.membersOn(steering, date("2024-02-01"))).singleElement()
                    .satisfies(m -> assertThat(m.basis()).isEqualTo(SeatBasis.ELECTED));
        }

        @Test
        void speakersOfOtherKindsOfChildBodiesGetNoExOfficioSeat() {
            Body subNetwork = body().childOf(steering).kind(BodyKind.SUB_NETWORK).name("Unternetzwerk Demenz").build();
            subNetwork.appoint(seat("Sven Sub").speaker().build());
            Structure withSubNetwork = Structure.of(List.of(steering, subNetwork));

            assertThat(withSubNetwork.membersOn(steering, date("2024-02-01"))).isEmpty();
        }

        @Test
        void withoutTheRuleSpeakersOfChildGroupsGetNoSeat() {
            Body plain = body().kind(BodyKind.STEERING_GROUP).build();
            Body child = body().childOf(plain).build();
            child.appoint(seat("Anna Speer").speaker().build());

            assertThat(Structure.of(List.of(plain, child)).membersOn(plain, date("2024-02-01"))).isEmpty();
        }

        @Test
        void anExOfficioSeatCannotBeAppointedDirectly() {
            var e = violation(() -> steering.appoint(seat("Anna Speer").basis(SeatBasis.EX_OFFICIO).build()));

            assertThat(e.rule()).isEqualTo(RuleCode.EX_OFFICIO_SEAT_NOT_ASSIGNABLE);
            assertThat(steering.getSeats()).isEmpty();
        }
    }

    @Nested
    class ReservedSeats {

        private final PartnerId demenz = PartnerId.newId();
        private final Body steering = body().kind(BodyKind.STEERING_GROUP)
                .composition(composition(null, false, List.of(demenz), false)).build();
        private final Structure structure = Structure.of(List.of(steering));

        @Test
        void anUnfilledReservationIsAGap() {
            assertThat(structure.compositionGapsOn(steering, date("2024-02-01")))
                    .singleElement().asString().contains(demenz.toString());
        }

        @Test
        void theGapNamesTheReservedPartner() {
            assertThat(structure.compositionGapsOn(steering, date("2024-02-01"),
                    partner -> partner.equals(demenz) ? "Demenzberatung der Stadt" : "?"))
                    .containsExactly("Der für „Demenzberatung der Stadt“ reservierte Sitz ist nicht besetzt.");
        }

        @Test
        void aFilledReservationIsNoGap() {
            steering.appoint(seat("Dora Demenz").onBehalfOf(demenz).build());

            assertThat(structure.compositionGapsOn(steering, date("2024-02-01"))).isEmpty();
        }

        @Test
        void aSecondConcurrentSeatForTheReservedPartnerIsRefused() {
            steering.appoint(seat("Dora Demenz").onBehalfOf(demenz).build());

            var e = violation(() -> steering.appoint(seat("Egon Zweit").onBehalfOf(demenz).from("2024-05-01").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.RESERVED_SEAT_TAKEN);
        }

        @Test
        void theReservedSeatCanBeRefilledAfterItEnds() {
            Seat first = steering.appoint(seat("Dora Demenz").onBehalfOf(demenz).build());
            steering.endSeat(first.id(), date("2024-04-30"));

            steering.appoint(seat("Egon Zweit").onBehalfOf(demenz).from("2024-05-01").build());

            assertThat(steering.seatsOn(date("2024-05-01"))).extracting(Seat::holderName).containsExactly("Egon Zweit");
            assertThat(structure.compositionGapsOn(steering, date("2024-05-01"))).isEmpty();
        }

        @Test
        void aPartnerWithoutReservationMaySendSeveralPeople() {
            PartnerId other = PartnerId.newId();
            steering.appoint(seat("Fritz Eins").onBehalfOf(other).build());
            steering.appoint(seat("Gabi Zwei").onBehalfOf(other).build());

            assertThat(steering.seatsOn(date("2024-02-01"))).hasSize(2);
        }

        @Test
        void theReservationIsAGapAgainOnceItsSeatHasEnded() {
            Seat first = steering.appoint(seat("Dora Demenz").onBehalfOf(demenz).build());
            steering.endSeat(first.id(), date("2024-04-30"));

            assertThat(structure.compositionGapsOn(steering, date("2024-04-30"))).isEmpty();
            assertThat(structure.compositionGapsOn(steering, date("2024-05-01"))).hasSize(1);
        }
    }

    @Nested
    class MemberFromEachChildGroup {

        /** Nordsachsen § 2: the AG is made up of at least one member of each sub-group. */
        private final Body ag = body().name("AG Integrierte Sozialplanung")
                .composition(composition(null, false, List.of(), true)).build();
        private final Body kinder = body().childOf(ag).name("UAG Kinder und Jugend").build();
        private final Body senioren = body().childOf(ag).name("UAG Senioren").build();
        private final Structure structure = Structure.of(List.of(ag, kinder, senioren));

        @Test
        void aChildGroupWithoutAMemberInTheParentIsReported() {
            PersonId klara = PersonId.newId();
            kinder.appoint(seat("Klara Kind").person(klara).build());
            senioren.appoint(seat("Sepp Senior").build());
            ag.appoint(seat("Klara Kind").person(klara).build());

            assertThat(structure.compositionGapsOn(ag, date("2024-02-01")))
                    .singleElement().asString().contains("UAG Senioren").doesNotContain("UAG Kinder");
        }

        @Test
        void everyChildGroupRepresentedLeavesNoGap() {
            kinder.appoint(seat("Klara Kind").build());
            senioren.appoint(seat("Sepp Senior").build());
            ag.appoint(seat("Klara Kind").build());
            ag.appoint(seat("Sepp Senior").build());

            assertThat(structure.compositionGapsOn(ag, date("2024-02-01"))).isEmpty();
        }

        @Test
        void aChildGroupWithNoMembersAtAllIsReported() {
            assertThat(structure.compositionGapsOn(ag, date("2024-02-01"))).hasSize(2);
        }

        @Test
        void aRepresentativeWhoLeftTheChildGroupNoLongerCounts() {
            Seat inChild = kinder.appoint(seat("Klara Kind").build());
            senioren.appoint(seat("Sepp Senior").build());
            ag.appoint(seat("Klara Kind").build());
            ag.appoint(seat("Sepp Senior").build());
            kinder.endSeat(inChild.id(), date("2024-03-31"));

            assertThat(structure.compositionGapsOn(ag, date("2024-04-01")))
                    .singleElement().asString().contains("UAG Kinder und Jugend");
        }
    }

    @Nested
    class SeatHolders {

        @Test
        void aPersonMaySitInSeveralBodies() {
            PersonId person = PersonId.newId();
            Body first = body().name("AG Eins").build();
            Body second = body().name("AG Zwei").network(first.getNetworkId()).build();

            first.appoint(seat("Paula Viel").person(person).build());
            second.appoint(seat("Paula Viel").person(person).build());

            assertThat(first.seatsOn(date("2024-02-01"))).hasSize(1);
            assertThat(second.seatsOn(date("2024-02-01"))).hasSize(1);
        }

        @Test
        void theSamePersonTwiceAtTheSameTimeInOneBodyIsRefused() {
            PersonId person = PersonId.newId();
            Body ag = body().build();
            ag.appoint(seat("Paula Viel").person(person).build());

            var e = violation(() -> ag.appoint(seat("Paula Viel").person(person).role(SeatRole.DEPUTY)
                    .from("2024-06-01").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.PERSON_ALREADY_SEATED);
            assertThat(ag.getSeats()).hasSize(1);
        }

        @Test
        void theSameNameAndPartnerWithoutPersonIdIsTheSameHolder() {
            PartnerId partner = PartnerId.newId();
            Body ag = body().build();
            ag.appoint(seat("Paula Viel").onBehalfOf(partner).build());

            var e = violation(() -> ag.appoint(seat("paula viel").onBehalfOf(partner).build()));

            assertThat(e.rule()).isEqualTo(RuleCode.PERSON_ALREADY_SEATED);
        }

        @Test
        void theSamePersonMayReturnAfterTheirSeatEnded() {
            PersonId person = PersonId.newId();
            Body ag = body().build();
            Seat first = ag.appoint(seat("Paula Viel").person(person).build());
            ag.endSeat(first.id(), date("2024-03-31"));

            ag.appoint(seat("Paula Viel").person(person).from("2024-04-01").build());

            assertThat(ag.getSeats()).hasSize(2);
            assertThat(ag.seatsOn(date("2024-04-01"))).hasSize(1);
        }

        @Test
        void twoDifferentPeopleWithTheSameNameButDifferentPersonIdsMayBothSit() {
            Body ag = body().build();
            ag.appoint(seat("Maria Müller").person(PersonId.newId()).build());
            ag.appoint(seat("Maria Müller").person(PersonId.newId()).build());

            assertThat(ag.seatsOn(date("2024-02-01"))).hasSize(2);
        }

        @Test
        void onlyOneSpeakerAtATime() {
            Body ag = body().build();
            ag.appoint(seat("Anna Speer").speaker().build());

            var e = violation(() -> ag.appoint(seat("Bernd Zweit").speaker().from("2024-05-01").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.SPEAKER_TAKEN);
            assertThat(ag.speakerOn(date("2024-05-01")).map(Seat::holderName)).contains("Anna Speer");
        }

        @Test
        void aNewSpeakerMayFollowTheDayAfterTheOldOneEnds() {
            Body ag = body().build();
            Seat old = ag.appoint(seat("Anna Speer").speaker().build());
            ag.endSeat(old.id(), date("2024-04-30"));

            ag.appoint(seat("Bernd Zweit").speaker().from("2024-05-01").build());

            assertThat(ag.speakerOn(date("2024-04-30")).map(Seat::holderName)).contains("Anna Speer");
            assertThat(ag.speakerOn(date("2024-05-01")).map(Seat::holderName)).contains("Bernd Zweit");
        }

        @Test
        void aSpeakerStartingOnTheOldSpeakersLastDayIsRefused() {
            Body ag = body().build();
            Seat old = ag.appoint(seat("Anna Speer").speaker().build());
            ag.endSeat(old.id(), date("2024-04-30"));

            var e = violation(() -> ag.appoint(seat("Bernd Zweit").speaker().from("2024-04-30").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.SPEAKER_TAKEN);
        }

        @Test
        void endingASeatKeepsItInTheHistory() {
            Body ag = body().build();
            Seat seat = ag.appoint(seat("Anna Speer").build());

            Seat ended = ag.endSeat(seat.id(), date("2024-04-30"));

            assertThat(ended.until()).contains(date("2024-04-30"));
            assertThat(ag.getSeats()).containsExactly(ended);
            assertThat(ag.seatsOn(date("2024-05-01"))).isEmpty();
        }

        @Test
        void aSeatThatAlreadyEndedCannotBeEndedLater() {
            Body ag = body().build();
            Seat seat = ag.appoint(seat("Anna Speer").until("2024-04-30").build());

            var e = violation(() -> ag.endSeat(seat.id(), date("2024-06-30")));

            assertThat(e.rule()).isEqualTo(RuleCode.SEAT_ALREADY_ENDED);
            assertThat(ag.getSeats().get(0).until()).contains(date("2024-04-30"));
        }

        @Test
        void endingAnUnknownSeatIsRefused() {
            Body ag = body().build();

            var e = Governance.invalid(() -> ag.endSeat(de.koop.domain.shared.SeatId.newId(), date("2024-04-30")));

            assertThat(e.field()).isEqualTo("seatId");
        }

        @Test
        void aSeatBeforeTheBodyWasSetUpIsRefused() {
            Body ag = body().establishedOn("2024-01-01").build();

            var e = violation(() -> ag.appoint(seat("Früh").from("2023-12-31").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.BODY_NOT_ACTIVE);
        }

        @Test
        void guestsBelongToTheBodyButDoNotVote() {
            Body ag = body().build();
            ag.appoint(seat("Anna").build());
            ag.appoint(seat("Gustav Gast").role(SeatRole.GUEST).build());
            Structure structure = Structure.of(List.of(ag));

            assertThat(structure.membersOn(ag, date("2024-02-01"))).hasSize(2);
            assertThat(structure.votingMembersOn(ag, date("2024-02-01"))).isEqualTo(1);
        }
    }

    @Test
    void compositionRejectsAPartnerReservedTwice() {
        PartnerId partner = PartnerId.newId();

        var e = Governance.invalid(() -> new Composition(Optional.empty(), false, List.of(partner, partner), false));

        assertThat(e.field()).isEqualTo("composition.reservedFor");
    }

    @Test
    void compositionRejectsACapBelowOne() {
        var e = Governance.invalid(() -> new Composition(Optional.of(0), false, List.of(), false));

        assertThat(e.field()).isEqualTo("composition.maxElectedSeats");
    }
}
