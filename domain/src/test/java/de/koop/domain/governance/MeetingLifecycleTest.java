package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.at;
import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.guest;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.members;
import static de.koop.domain.governance.Governance.schedule;
import static de.koop.domain.governance.Governance.seat;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A meeting goes planned → invited → held → minuted → closed; steps out of turn are refused. */
class MeetingLifecycleTest {

    private final Body ag = body().name("AG Pflege").build();

    private Meeting planned() {
        return schedule(ag, 1, "2025-03-10T17:00");
    }

    private Meeting invited() {
        Meeting meeting = planned();
        meeting.invite(members("Anna", "Bernd", "Clara"));
        return meeting;
    }

    private Meeting held() {
        Meeting meeting = invited();
        meeting.recordHeld(List.of("Anna", "Bernd"));
        return meeting;
    }

    private Meeting minuted() {
        Meeting meeting = held();
        meeting.recordMinutes(new Minutes("Protokoll", Optional.empty()));
        return meeting;
    }

    private Meeting closed() {
        Meeting meeting = minuted();
        meeting.close(true);
        return meeting;
    }

    @Test
    void aMeetingRunsThroughItsWholeLifecycle() {
        Meeting meeting = planned();
        assertThat(meeting.getState()).isEqualTo(MeetingState.PLANNED);

        meeting.invite(members("Anna", "Bernd"));
        assertThat(meeting.getState()).isEqualTo(MeetingState.INVITED);

        meeting.recordHeld(List.of("Anna"));
        assertThat(meeting.getState()).isEqualTo(MeetingState.HELD);

        meeting.recordMinutes(new Minutes("Protokoll", Optional.empty()));
        assertThat(meeting.getState()).isEqualTo(MeetingState.MINUTED);

        meeting.close(true);
        assertThat(meeting.getState()).isEqualTo(MeetingState.CLOSED);
    }

    @Test
    void schedulingKeepsTheMeetingsData() {
        Meeting meeting = Meeting.schedule(MeetingId.newId(), ag, 3, at("2025-03-10T17:00"), at("2025-03-10T19:00"),
                MeetingFormat.VIRTUAL, " Videokonferenz ", null, List.of());

        assertThat(meeting.getBodyId()).isEqualTo(ag.getId());
        assertThat(meeting.getNetworkId()).isEqualTo(ag.getNetworkId());
        assertThat(meeting.getNumber()).isEqualTo(3);
        assertThat(meeting.getStartsAt()).isEqualTo(at("2025-03-10T17:00"));
        assertThat(meeting.getEndsAt()).contains(at("2025-03-10T19:00"));
        assertThat(meeting.getFormat()).isEqualTo(MeetingFormat.VIRTUAL);
        assertThat(meeting.getPlace()).contains("Videokonferenz");
        assertThat(meeting.getConvener()).isEmpty();
        assertThat(meeting.getInvitees()).isEmpty();
        assertThat(meeting.getDecisions()).isEmpty();
        assertThat(meeting.getMinutes()).isEmpty();
    }

    @Nested
    class Scheduling {

        @Test
        void theFormatMustBeOneTheBodyAllows() {
            Body inPersonOnly = body().formats(MeetingFormat.IN_PERSON).build();

            var e = invalid(() -> Meeting.schedule(MeetingId.newId(), inPersonOnly, 1, at("2025-03-10T17:00"), null,
                    MeetingFormat.VIRTUAL, null, null, List.of()));

            assertThat(e.field()).isEqualTo("format");
        }

        @Test
        void anAllowedFormatIsAccepted() {
            Body nordsachsen = body().formats(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL).build();

            Meeting meeting = Meeting.schedule(MeetingId.newId(), nordsachsen, 1, at("2025-03-10T17:00"), null,
                    MeetingFormat.VIRTUAL, null, null, List.of());

            assertThat(meeting.getFormat()).isEqualTo(MeetingFormat.VIRTUAL);
        }

        @Test
        void aFormatIsRequired() {
            var e = invalid(() -> Meeting.schedule(MeetingId.newId(), ag, 1, at("2025-03-10T17:00"), null,
                    null, null, null, List.of()));

            assertThat(e.field()).isEqualTo("format");
        }

        @Test
        void aStartIsRequired() {
            var e = invalid(() -> Meeting.schedule(MeetingId.newId(), ag, 1, null, null,
                    MeetingFormat.IN_PERSON, null, null, List.of()));

            assertThat(e.field()).isEqualTo("startsAt");
        }

        @Test
        void theEndMustFollowTheStart() {
            assertThat(invalid(() -> Meeting.schedule(MeetingId.newId(), ag, 1, at("2025-03-10T17:00"),
                    at("2025-03-10T17:00"), MeetingFormat.IN_PERSON, null, null, List.of())).field())
                    .isEqualTo("endsAt");
            assertThat(invalid(() -> Meeting.schedule(MeetingId.newId(), ag, 1, at("2025-03-10T17:00"),
                    at("2025-03-10T16:00"), MeetingFormat.IN_PERSON, null, null, List.of())).field())
                    .isEqualTo("endsAt");
        }

        @Test
        void aTemporaryBodyMeetsUntilItsLastDay() {
            Body temporary = body().name("AG Befristet").temporaryUntil("2025-06-30").build();

            Meeting meeting = schedule(temporary, 1, "2025-06-30T17:00");

            assertThat(meeting.getState()).isEqualTo(MeetingState.PLANNED);
        }

        @Test
        void aTemporaryBodyRefusesMeetingsAfterItsEnd() {
            Body temporary = body().name("AG Befristet").temporaryUntil("2025-06-30").build();

            var e = violation(() -> schedule(temporary, 1, "2025-07-01T09:00"));

            assertThat(e.rule()).isEqualTo(RuleCode.BODY_NOT_ACTIVE);
        }

        @Test
        void aTemporaryBodyRefusesSeatsAfterItsEnd() {
            Body temporary = body().name("AG Befristet").temporaryUntil("2025-06-30").build();

            var e = violation(() -> temporary.appoint(seat("Spät").from("2025-07-01").build()));

            assertThat(e.rule()).isEqualTo(RuleCode.BODY_NOT_ACTIVE);
            assertThat(temporary.getSeats()).isEmpty();
        }

        @Test
        void aTemporaryBodyExistsUpToAndIncludingItsLastDay() {
            Body temporary = body().establishedOn("2025-01-01").temporaryUntil("2025-06-30").build();

            assertThat(temporary.existsOn(date("2024-12-31"))).isFalse();
            assertThat(temporary.existsOn(date("2025-01-01"))).isTrue();
            assertThat(temporary.existsOn(date("2025-06-30"))).isTrue();
            assertThat(temporary.existsOn(date("2025-07-01"))).isFalse();
        }

        @Test
        void aBodyMeetsNotBeforeItWasSetUp() {
            Body young = body().establishedOn("2025-01-01").build();

            assertThat(violation(() -> schedule(young, 1, "2024-12-31T17:00")).rule()).isEqualTo(RuleCode.BODY_NOT_ACTIVE);
        }

        @Test
        void aTemporaryBodyCannotEndBeforeItWasSetUp() {
            var e = invalid(() -> body().establishedOn("2025-01-01").temporaryUntil("2024-12-31").build());

            assertThat(e.field()).isEqualTo("temporaryUntil");
        }
    }

    @Nested
    class Invitations {

        @Test
        void theMembersAreInvitedAndNobodyHasAttendedYet() {
            Meeting meeting = planned();
            List<Member> invited = new ArrayList<>(members("Anna", "Bernd"));
            invited.add(guest("Gustav Gast"));

            meeting.invite(invited);

            assertThat(meeting.getInvitees()).extracting(Invitee::name).containsExactly("Anna", "Bernd", "Gustav Gast");
            assertThat(meeting.getInvitees()).extracting(Invitee::voting).containsExactly(true, true, false);
            assertThat(meeting.getInvitees()).noneMatch(Invitee::present);
        }

        @Test
        void theMembersOfTheStructureOnTheMeetingDayAreInvited() {
            PersonId anna = PersonId.newId();
            ag.appoint(seat("Anna").person(anna).build());
            Seat leaving = ag.appoint(seat("Bernd").build());
            ag.endSeat(leaving.id(), date("2025-02-28"));
            Meeting meeting = planned();

            meeting.invite(Structure.of(List.of(ag)).membersOn(ag, date("2025-03-10")));

            assertThat(meeting.getInvitees()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("Anna");
                assertThat(i.personId()).contains(anna);
            });
        }

        @Test
        void aBodyWithoutMembersCannotInvite() {
            Meeting meeting = planned();

            var e = violation(() -> meeting.invite(List.of()));

            assertThat(e.rule()).isEqualTo(RuleCode.BODY_WITHOUT_MEMBERS);
            assertThat(meeting.getState()).isEqualTo(MeetingState.PLANNED);
        }

        @Test
        void theInvitationGoesOutOnlyOnce() {
            Meeting meeting = invited();

            var e = violation(() -> meeting.invite(members("Dora")));

            assertThat(e.rule()).isEqualTo(RuleCode.MEETING_INVITED);
            assertThat(meeting.getInvitees()).extracting(Invitee::name).containsExactly("Anna", "Bernd", "Clara");
        }
    }

    @Nested
    class Attendance {

        @Test
        void theAttendeesAreMarkedPresent() {
            Meeting meeting = held();

            assertThat(meeting.getInvitees()).extracting(Invitee::name, Invitee::present).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Anna", true),
                    org.assertj.core.groups.Tuple.tuple("Bernd", true),
                    org.assertj.core.groups.Tuple.tuple("Clara", false));
        }

        @Test
        void namesMatchRegardlessOfCaseAndSurroundingSpace() {
            Meeting meeting = invited();

            meeting.recordHeld(List.of(" anna ", "CLARA"));

            assertThat(meeting.getInvitees()).extracting(Invitee::present).containsExactly(true, false, true);
        }

        @Test
        void anAttendeeWhoWasNotInvitedIsRefused() {
            Meeting meeting = invited();

            var e = invalid(() -> meeting.recordHeld(List.of("Anna", "Zacharias")));

            assertThat(e.field()).isEqualTo("present[1]");
            assertThat(e.reason()).contains("Zacharias");
            assertThat(meeting.getState()).isEqualTo(MeetingState.INVITED);
        }

        @Test
        void aMeetingNobodyAttendedIsNotRecordedAsHeld() {
            Meeting meeting = invited();

            assertThat(invalid(() -> meeting.recordHeld(List.of())).field()).isEqualTo("present");
            assertThat(meeting.getState()).isEqualTo(MeetingState.INVITED);
        }
    }

    @Nested
    class StepsOutOfTurn {

        @Test
        void aMeetingWithoutInvitationCannotBeHeld() {
            assertThat(violation(() -> planned().recordHeld(List.of())).rule()).isEqualTo(RuleCode.MEETING_PLANNED);
        }

        @Test
        void aMeetingCannotBeHeldTwice() {
            assertThat(violation(() -> held().recordHeld(List.of("Anna"))).rule()).isEqualTo(RuleCode.MEETING_HELD);
        }

        @Test
        void aPlannedMeetingCannotBeClosed() {
            Meeting meeting = planned();

            assertThat(violation(() -> meeting.close(false)).rule()).isEqualTo(RuleCode.MEETING_PLANNED);
            assertThat(meeting.getState()).isEqualTo(MeetingState.PLANNED);
        }

        @Test
        void anInvitedMeetingCannotBeClosed() {
            assertThat(violation(() -> invited().close(false)).rule()).isEqualTo(RuleCode.MEETING_INVITED);
        }

        @Test
        void anInvitedMeetingHasNoMinutes() {
            assertThat(violation(() -> invited().recordMinutes(new Minutes("x", Optional.empty()))).rule())
                    .isEqualTo(RuleCode.MEETING_INVITED);
        }

        @Test
        void aHeldMeetingCannotBeInvitedAgain() {
            assertThat(violation(() -> held().invite(members("Dora"))).rule()).isEqualTo(RuleCode.MEETING_HELD);
        }

        @Test
        void aMinutedMeetingTakesNoMoreProposals() {
            assertThat(violation(() -> minuted().proposeItem("Thema", "Anna")).rule()).isEqualTo(RuleCode.MEETING_MINUTED);
        }

        @Test
        void aClosedMeetingCannotBeClosedAgain() {
            assertThat(violation(() -> closed().close(true)).rule()).isEqualTo(RuleCode.MEETING_CLOSED);
        }

        @Test
        void aClosedMeetingRefusesEveryStep() {
            Meeting meeting = closed();

            assertThat(violation(() -> meeting.invite(members("Dora"))).rule()).isEqualTo(RuleCode.MEETING_CLOSED);
            assertThat(violation(() -> meeting.recordHeld(List.of())).rule()).isEqualTo(RuleCode.MEETING_CLOSED);
            assertThat(violation(() -> meeting.proposeItem("Thema", "Anna")).rule()).isEqualTo(RuleCode.MEETING_CLOSED);
            assertThat(meeting.getState()).isEqualTo(MeetingState.CLOSED);
        }

        @Test
        void aHeldMeetingWithoutRequiredMinutesStaysOpen() {
            Meeting meeting = held();

            assertThat(violation(() -> meeting.close(true)).rule()).isEqualTo(RuleCode.MINUTES_REQUIRED);
            assertThat(meeting.getState()).isEqualTo(MeetingState.HELD);
        }
    }

    /** What a page may offer in each state: each answer matches the step the meeting accepts then. */
    @Nested
    class WhatCanBeRecorded {

        @Test
        void theAttendanceOnlyOnceInvitedAndOnlyOnce() {
            assertThat(planned().awaitsAttendance()).isFalse();
            assertThat(invited().awaitsAttendance()).isTrue();
            assertThat(held().awaitsAttendance()).isFalse();
            assertThat(closed().awaitsAttendance()).isFalse();
        }

        @Test
        void decisionsAndMinutesFromTheMeetingUntilTheMinutesAreApproved() {
            Meeting approved = held();
            approved.recordMinutes(new Minutes("Protokoll", Optional.of(date("2025-03-20"))));

            assertThat(invited().openForRecord()).isFalse();
            assertThat(held().openForRecord()).isTrue();
            assertThat(minuted().openForRecord()).isTrue();
            assertThat(approved.openForRecord()).isFalse();
            assertThat(approved.minutesApproved()).isTrue();
            assertThat(minuted().minutesApproved()).isFalse();
            assertThat(closed().openForRecord()).isFalse();
            assertThat(violation(() -> approved.recordMinutes(new Minutes("Neu", Optional.empty()))).rule())
                    .isEqualTo(RuleCode.MINUTES_ALREADY_APPROVED);
        }

        @Test
        void closingFromTheMeetingUntilItIsClosed() {
            Meeting approved = held();
            approved.recordMinutes(new Minutes("Protokoll", Optional.of(date("2025-03-20"))));

            assertThat(planned().closable()).isFalse();
            assertThat(invited().closable()).isFalse();
            assertThat(held().closable()).isTrue();
            assertThat(approved.closable()).isTrue();
            assertThat(closed().closable()).isFalse();
        }
    }

    @Test
    void onlyHeldStatesCountAsHeld() {
        assertThat(MeetingState.PLANNED.isHeld()).isFalse();
        assertThat(MeetingState.INVITED.isHeld()).isFalse();
        assertThat(MeetingState.HELD.isHeld()).isTrue();
        assertThat(MeetingState.MINUTED.isHeld()).isTrue();
        assertThat(MeetingState.CLOSED.isHeld()).isTrue();
    }

    @Test
    void formatCodesAreReadLeniently() {
        assertThat(MeetingFormat.fromCode("in-person", "format")).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(MeetingFormat.fromCode(" hybrid ", "format")).isEqualTo(MeetingFormat.HYBRID);
        assertThat(invalid(() -> MeetingFormat.fromCode("telefon", "format")).field()).isEqualTo("format");
    }
}
