package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.at;
import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.candidate;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.seat;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cases a review of the meeting and election rules brought up. */
class ReviewFindingsTest {

    private final PartnerId partnerA = PartnerId.newId();
    private final PartnerId partnerB = PartnerId.newId();

    private Meeting invitedMeetingOfTwoNamesakes() {
        Body body = body().build();
        body.appoint(seat("Anna Müller").onBehalfOf(partnerA).from("2024-01-01").build());
        body.appoint(seat("Anna Müller").onBehalfOf(partnerB).from("2024-01-01").build());
        Meeting meeting = Meeting.schedule(MeetingId.newId(), body, 1, at("2025-03-12T14:00"), null,
                body.getFormats().iterator().next(), null, null, List.of());
        meeting.invite(Structure.of(List.of(body)).membersOn(body, date("2025-03-12")));
        return meeting;
    }

    @Test
    void namesakesAreBothMarkedPresentWhenTheNameIsGivenTwice() {
        Meeting meeting = invitedMeetingOfTwoNamesakes();

        meeting.recordHeld(List.of("Anna Müller", "Anna Müller"));

        assertThat(meeting.getInvitees()).allMatch(Invitee::present);
        assertThat(meeting.recordDecision("Antrag", 2, 0, 0, Governance.SIMPLE_MAJORITY).outcome())
                .isEqualTo(DecisionRule.Outcome.ADOPTED);
    }

    @Test
    void anUninvitedNameChangesNoAttendanceAtAll() {
        Meeting meeting = invitedMeetingOfTwoNamesakes();

        assertThat(invalid(() -> meeting.recordHeld(List.of("Anna Müller", "Niemand"))).field())
                .isEqualTo("present[1]");
        assertThat(meeting.getInvitees()).noneMatch(Invitee::present);
        assertThat(meeting.getState()).isEqualTo(MeetingState.INVITED);
    }

    @Test
    void approvedMinutesCloseTheRecordToNewDecisionsAndMinutes() {
        Meeting meeting = invitedMeetingOfTwoNamesakes();
        meeting.recordHeld(List.of("Anna Müller"));
        meeting.recordMinutes(new Minutes("Protokoll", Optional.of(date("2025-04-01"))));

        assertThat(violation(() -> meeting.recordDecision("Nachtrag", 1, 0, 0, Governance.SIMPLE_MAJORITY)).rule())
                .isEqualTo(RuleCode.MINUTES_ALREADY_APPROVED);
        assertThat(violation(() -> meeting.recordMinutes(new Minutes("Neu", Optional.empty()))).rule())
                .isEqualTo(RuleCode.MINUTES_ALREADY_APPROVED);
        assertThat(meeting.getMinutes().orElseThrow().text()).isEqualTo("Protokoll");
    }

    @Test
    void hugeVoteCountsDoNotOverflowPastTheAttendanceCheck() {
        assertThat(invalid(() -> new Votes(Integer.MAX_VALUE, 1, 0, 9)).field()).isEqualTo("votes");
    }

    @Test
    void aCandidateStandsOnlyOnceInAnElection() {
        Body body = body().elections(de.koop.domain.shared.BodyId.newId(), 1, null).build();

        assertThat(invalid(() -> body.elect(date("2025-03-01"), 2,
                List.of(candidate("Bernd Kurz", 5), candidate("Bernd Kurz", 4)))).field())
                .isEqualTo("candidates[1]");
        assertThat(body.getSeats()).isEmpty();
    }
}
