package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.CONSENSUS;
import static de.koop.domain.governance.Governance.MAJORITY_PRESENT;
import static de.koop.domain.governance.Governance.SIMPLE_MAJORITY;
import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.guest;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.members;
import static de.koop.domain.governance.Governance.schedule;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.governance.DecisionRule.Kind;
import de.koop.domain.governance.DecisionRule.Outcome;
import de.koop.domain.shared.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 11: a decision is taken by a stated rule (simple majority of votes cast, majority of members
 * present, consensus), optionally with a quorum; the platform records the counts and computes the
 * outcome (nordsachsen § 6).
 */
class Rule11DecisionsTest {

    private static DecisionRule rule(Kind kind, Integer quorum) {
        return new DecisionRule(kind, Optional.ofNullable(quorum));
    }

    @Nested
    class TheIssuesExample {

        private final Votes fourYesTwoNoThreeAbstainOfNine = new Votes(4, 2, 3, 9);

        @Test
        void failsUnderMajorityOfMembersPresent() {
            assertThat(MAJORITY_PRESENT.decide(fourYesTwoNoThreeAbstainOfNine, 9)).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void passesUnderSimpleMajorityOfVotesCast() {
            assertThat(SIMPLE_MAJORITY.decide(fourYesTwoNoThreeAbstainOfNine, 9)).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void failsUnderConsensus() {
            assertThat(CONSENSUS.decide(fourYesTwoNoThreeAbstainOfNine, 9)).isEqualTo(Outcome.REJECTED);
        }
    }

    @ParameterizedTest(name = "{0}: {1} yes, {2} no, {3} abstain, {4} present -> {5}")
    @CsvSource({
            // simple majority of votes cast: yes > no, abstentions do not count
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 3, 2, 0, 5, ADOPTED",
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 2, 2, 1, 5, REJECTED",
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 1, 0, 8, 9, ADOPTED",
            // nordsachsen § 6 "mit einfacher Mehrheit": abstentions do not count against
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 1, 0, 2, 3, ADOPTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   1, 0, 2, 3, REJECTED",
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 0, 0, 5, 5, REJECTED",
            "SIMPLE_MAJORITY_OF_VOTES_CAST, 2, 3, 0, 9, REJECTED",
            // majority of members present: yes * 2 > present, abstentions and absent voters count against
            "MAJORITY_OF_MEMBERS_PRESENT,   5, 0, 0, 9, ADOPTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   6, 4, 0, 10, ADOPTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   5, 4, 0, 10, REJECTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   5, 0, 5, 10, REJECTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   4, 0, 0, 9, REJECTED",
            "MAJORITY_OF_MEMBERS_PRESENT,   1, 0, 0, 1, ADOPTED",
            // consensus: nobody against and at least one in favour
            "CONSENSUS,                     1, 0, 8, 9, ADOPTED",
            "CONSENSUS,                     8, 1, 0, 9, REJECTED",
            "CONSENSUS,                     0, 0, 9, 9, REJECTED",
            "CONSENSUS,                     9, 0, 0, 9, ADOPTED",
    })
    void theRuleGivesTheOutcome(Kind kind, int yes, int no, int abstain, int present, Outcome outcome) {
        assertThat(rule(kind, null).decide(new Votes(yes, no, abstain, present), present)).isEqualTo(outcome);
    }

    @Nested
    class Quorum {

        @ParameterizedTest(name = "{0} % of {2} members, {1} present -> {3}")
        @CsvSource({
                "50, 5, 10, ADOPTED",
                "50, 4, 10, NO_QUORUM",
                "50, 5, 9, ADOPTED",
                "50, 4, 9, NO_QUORUM",
                "34, 2, 6, NO_QUORUM",
                "34, 3, 6, ADOPTED",
                "100, 6, 6, ADOPTED",
                "100, 5, 6, NO_QUORUM",
                "1, 1, 100, ADOPTED",
        })
        void isMetWhenEnoughMembersArePresent(int percent, int present, int members, Outcome outcome) {
            Votes unanimous = new Votes(present, 0, 0, present);

            assertThat(rule(Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, percent).decide(unanimous, members)).isEqualTo(outcome);
        }

        @ParameterizedTest(name = "{0} % of {1} members: {2} needed")
        @CsvSource({
                "50, 10, 5",
                "50, 9, 5",
                "34, 6, 3",
                "100, 6, 6",
                "1, 100, 1",
                "1, 101, 2",
                "50, 0, 0",
        })
        void namesTheFewestMembersWhoMakeIt(int percent, int members, int needed) {
            DecisionRule rule = rule(Kind.CONSENSUS, percent);

            assertThat(rule.quorumOf(members)).isEqualTo(needed);
            assertThat(rule.quorate(needed, members)).isTrue();
            assertThat(needed == 0 || !rule.quorate(needed - 1, members)).isTrue();
        }

        @Test
        void withoutAQuorumInTheRuleNobodyIsNeeded() {
            assertThat(SIMPLE_MAJORITY.quorumOf(9)).isZero();
            assertThat(SIMPLE_MAJORITY.quorate(1, 9)).isTrue();
        }

        @Test
        void withoutAQuorumAnyAttendanceDecides() {
            assertThat(SIMPLE_MAJORITY.decide(new Votes(1, 0, 0, 1), 100)).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void aRejectedMotionWithQuorumIsRejectedNotNoQuorum() {
            assertThat(rule(Kind.CONSENSUS, 50).decide(new Votes(4, 1, 0, 5), 10)).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void theQuorumIsBetweenOneAndHundredPercent() {
            assertThat(invalid(() -> rule(Kind.CONSENSUS, 0)).field()).isEqualTo("decisionRule.quorumPercent");
            assertThat(invalid(() -> rule(Kind.CONSENSUS, 101)).field()).isEqualTo("decisionRule.quorumPercent");
            assertThat(invalid(() -> rule(null, null)).field()).isEqualTo("decisionRule.kind");
        }

        @Test
        void theRuleSaysSoInGerman() {
            assertThat(rule(Kind.MAJORITY_OF_MEMBERS_PRESENT, 50).german())
                    .isEqualTo("Mehrheit der anwesenden Mitglieder, beschlussfähig ab 50 % der Mitglieder");
            assertThat(SIMPLE_MAJORITY.german()).isEqualTo("einfache Mehrheit der abgegebenen Stimmen");
            assertThat(CONSENSUS.german()).isEqualTo("Konsens");
        }
    }

    @Nested
    class VoteCounts {

        @Test
        void moreVotesThanPeoplePresentAreRefused() {
            var e = invalid(() -> new Votes(5, 3, 2, 9));

            assertThat(e.field()).isEqualTo("votes");
            assertThat(e.reason()).contains("10").contains("9");
        }

        @Test
        void asManyVotesAsPeoplePresentAreFine() {
            assertThat(new Votes(5, 2, 2, 9).yes()).isEqualTo(5);
        }

        @Test
        void negativeCountsAreRefused() {
            assertThat(invalid(() -> new Votes(-1, 0, 0, 3)).field()).isEqualTo("votes");
            assertThat(invalid(() -> new Votes(0, -1, 0, 3)).field()).isEqualTo("votes");
            assertThat(invalid(() -> new Votes(0, 0, -1, 3)).field()).isEqualTo("votes");
        }
    }

    @Nested
    class AtAMeeting {

        /** A meeting of nine voting members and a guest; {@code attending} of the members came, plus the guest. */
        private Meeting heldWith(int attending) {
            Meeting meeting = schedule(body().build(), 1, "2025-03-10T17:00");
            List<Member> invited = new ArrayList<>(members("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9"));
            invited.add(guest("Gast"));
            meeting.invite(invited);
            List<String> present = new ArrayList<>();
            for (int i = 1; i <= attending; i++) {
                present.add("M" + i);
            }
            present.add("Gast");
            meeting.recordHeld(present);
            return meeting;
        }

        @Test
        void theIssuesExampleIsRecordedWithItsOutcome() {
            Meeting meeting = heldWith(9);

            Decision decision = meeting.recordDecision("Handlungsempfehlung Kurzzeitpflege", 4, 2, 3, MAJORITY_PRESENT);

            assertThat(decision.number()).isEqualTo(1);
            assertThat(decision.votes()).isEqualTo(new Votes(4, 2, 3, 9));
            assertThat(decision.members()).isEqualTo(9);
            assertThat(decision.rule()).isEqualTo(MAJORITY_PRESENT);
            assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(meeting.getDecisions()).containsExactly(decision);
        }

        @Test
        void theSameCountsPassUnderSimpleMajority() {
            Meeting meeting = heldWith(9);

            Decision decision = meeting.recordDecision("Handlungsempfehlung Kurzzeitpflege", 4, 2, 3, SIMPLE_MAJORITY);

            assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void presentCountsOnlyVotingMembersWhoAttended() {
            Meeting meeting = heldWith(6);

            Decision decision = meeting.recordDecision("Antrag", 3, 0, 0, MAJORITY_PRESENT);

            assertThat(decision.votes().present()).isEqualTo(6);
            assertThat(decision.members()).isEqualTo(9);
            assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        }

        @Test
        void aDecisionIsTakenUnderAnItemOfTheAgendaAndNotUnderOneThatWasNotDealtWith() {
            Meeting meeting = schedule(body().build(), 1, "2025-03-10T17:00");
            meeting.proposeItem("Handlungsempfehlung Kurzzeitpflege", "M1");
            meeting.acceptItem(1);
            meeting.proposeItem("Fachtag", "M2");
            meeting.invite(members("M1", "M2", "M3"));
            meeting.recordHeld(List.of("M1", "M2", "M3"));

            Decision underTop1 = meeting.recordDecision(Optional.of(1), "Empfehlung wird beschlossen", 3, 0, 0,
                    MAJORITY_PRESENT);
            var notAccepted = invalid(() -> meeting.recordDecision(Optional.of(2), "Fachtag", 3, 0, 0, MAJORITY_PRESENT));
            var unknown = invalid(() -> meeting.recordDecision(Optional.of(7), "Antrag", 3, 0, 0, MAJORITY_PRESENT));

            assertThat(underTop1.agendaItem()).contains(1);
            assertThat(notAccepted.field()).isEqualTo("agendaItem");
            assertThat(unknown.reason()).contains("TOP 7");
            assertThat(meeting.getDecisions()).containsExactly(underTop1);
        }

        @Test
        void aVoteCountLargerThanTheAttendanceIsRefused() {
            Meeting meeting = heldWith(6);

            var e = invalid(() -> meeting.recordDecision("Antrag", 4, 2, 1, SIMPLE_MAJORITY));

            assertThat(e.field()).isEqualTo("votes");
            assertThat(meeting.getDecisions()).isEmpty();
        }

        @Test
        void theGuestCannotBeCountedAsAVote() {
            Meeting meeting = heldWith(9);

            var e = invalid(() -> meeting.recordDecision("Antrag", 10, 0, 0, SIMPLE_MAJORITY));

            assertThat(e.field()).isEqualTo("votes");
        }

        @Test
        void aQuorumOfHalfTheMembersIsMissedWithFourOfNine() {
            Meeting meeting = heldWith(4);

            Decision decision = meeting.recordDecision("Antrag", 4, 0, 0,
                    rule(Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, 50));

            assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
        }

        @Test
        void aQuorumOfHalfTheMembersIsMetWithFiveOfNine() {
            Meeting meeting = heldWith(5);

            Decision decision = meeting.recordDecision("Antrag", 4, 0, 1,
                    rule(Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, 50));

            assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        }

        @Test
        void theMeetingIsQuorateWithTheMembersPresentNotCountingTheGuest() {
            DecisionRule half = rule(Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, 50);

            assertThat(heldWith(4).quorate(half)).isFalse();
            assertThat(heldWith(5).quorate(half)).isTrue();
            assertThat(heldWith(5).votingMembersPresent()).isEqualTo(5);
            assertThat(heldWith(5).votingMembers()).isEqualTo(9);
            assertThat(heldWith(1).quorate(SIMPLE_MAJORITY)).isTrue();
        }

        @Test
        void aMeetingNotYetHeldIsNotQuorate() {
            Meeting meeting = schedule(body().build(), 1, "2025-03-10T17:00");
            meeting.invite(members("Anna"));

            assertThat(meeting.quorate(SIMPLE_MAJORITY)).isFalse();
            assertThat(meeting.votingMembersPresent()).isZero();
        }

        @Test
        void decisionsAreNumberedInOrder() {
            Meeting meeting = heldWith(9);

            meeting.recordDecision("Erster", 5, 0, 0, SIMPLE_MAJORITY);
            meeting.recordDecision("Zweiter", 5, 0, 0, SIMPLE_MAJORITY);

            assertThat(meeting.getDecisions()).extracting(Decision::number, Decision::motion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Erster"),
                            org.assertj.core.groups.Tuple.tuple(2, "Zweiter"));
        }

        @Test
        void aDecisionNeedsAMotion() {
            Meeting meeting = heldWith(9);

            assertThat(invalid(() -> meeting.recordDecision(" ", 5, 0, 0, SIMPLE_MAJORITY)).field())
                    .isEqualTo("motion");
        }

        @Test
        void decisionsCanStillBeRecordedWhileTheMinutesAreWritten() {
            Meeting meeting = heldWith(9);
            meeting.recordMinutes(new Minutes("Protokoll", Optional.empty()));

            meeting.recordDecision("Nachgetragen", 5, 0, 0, SIMPLE_MAJORITY);

            assertThat(meeting.getDecisions()).hasSize(1);
        }

        @Test
        void noDecisionBeforeTheMeetingWasHeld() {
            Meeting meeting = schedule(body().build(), 1, "2025-03-10T17:00");
            meeting.invite(members("Anna"));

            var e = violation(() -> meeting.recordDecision("Antrag", 0, 0, 0, SIMPLE_MAJORITY));

            assertThat(e.rule()).isEqualTo(RuleCode.MEETING_INVITED);
            assertThat(meeting.getDecisions()).isEmpty();
        }

        @Test
        void noDecisionAfterTheMeetingWasClosed() {
            Meeting meeting = heldWith(9);
            meeting.close(false);

            var e = violation(() -> meeting.recordDecision("Antrag", 5, 0, 0, SIMPLE_MAJORITY));

            assertThat(e.rule()).isEqualTo(RuleCode.MEETING_CLOSED);
        }
    }
}
