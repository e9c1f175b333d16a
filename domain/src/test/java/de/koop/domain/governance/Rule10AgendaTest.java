package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.members;
import static de.koop.domain.governance.Governance.schedule;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.RuleCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 10 with rule 8's required topics: every participant may propose agenda items, the lead accepts
 * or defers them; required topics open every agenda and cannot be deferred; deferred items carry over
 * (nrw § 3(3), leipzig § 3a).
 */
class Rule10AgendaTest {

    /** Leipzig § 3a: the conference's four required topics. */
    private static Body leipzigConference() {
        return body().kind(BodyKind.CONFERENCE).name("Netzwerkkonferenz").requiredTopics(
                "Bericht der Steuerungsgruppe", "Bericht der Arbeitsgruppen", "Bericht des Unternetzwerks Demenz",
                "Ausblick, Neuentwicklung und Schwerpunktsetzung der Netzwerkarbeit").build();
    }

    @Test
    void requiredTopicsOpenTheAgendaAccepted() {
        Meeting meeting = schedule(leipzigConference(), 1, "2024-05-15T10:00");

        assertThat(meeting.getAgenda()).extracting(AgendaItem::number, AgendaItem::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Bericht der Steuerungsgruppe"),
                        org.assertj.core.groups.Tuple.tuple(2, "Bericht der Arbeitsgruppen"),
                        org.assertj.core.groups.Tuple.tuple(3, "Bericht des Unternetzwerks Demenz"),
                        org.assertj.core.groups.Tuple.tuple(4,
                                "Ausblick, Neuentwicklung und Schwerpunktsetzung der Netzwerkarbeit"));
        assertThat(meeting.getAgenda()).allSatisfy(item -> {
            assertThat(item.required()).isTrue();
            assertThat(item.status()).isEqualTo(AgendaItem.Status.ACCEPTED);
            assertThat(item.carriedOver()).isFalse();
            assertThat(item.proposedBy()).isEqualTo("Netzwerkkonferenz");
        });
    }

    @Test
    void aBodyWithoutRequiredTopicsStartsWithAnEmptyAgenda() {
        assertThat(schedule(body().build(), 1, "2024-05-15T10:00").getAgenda()).isEmpty();
    }

    @Test
    void anyParticipantMayProposeATopic() {
        Meeting meeting = schedule(leipzigConference(), 1, "2024-05-15T10:00");

        AgendaItem item = meeting.proposeItem("Pflegestammtisch", "Träger Sonnenschein");

        assertThat(item.number()).isEqualTo(5);
        assertThat(item.status()).isEqualTo(AgendaItem.Status.PROPOSED);
        assertThat(item.required()).isFalse();
        assertThat(item.proposedBy()).isEqualTo("Träger Sonnenschein");
        assertThat(meeting.getAgenda()).hasSize(5).last().isEqualTo(item);
    }

    @Test
    void topicsMayStillBeProposedAfterTheInvitation() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.invite(members("Anna"));

        AgendaItem item = meeting.proposeItem("Nachtrag", "Anna");

        assertThat(item.number()).isEqualTo(1);
        assertThat(meeting.getAgenda()).containsExactly(item);
    }

    @Test
    void noTopicsCanBeProposedOnceTheMeetingWasHeld() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.invite(members("Anna"));
        meeting.recordHeld(List.of("Anna"));

        var e = violation(() -> meeting.proposeItem("Zu spät", "Anna"));

        assertThat(e.rule()).isEqualTo(RuleCode.MEETING_HELD);
        assertThat(meeting.getAgenda()).isEmpty();
    }

    @Test
    void aProposalNeedsATitleAndAProposer() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");

        assertThat(invalid(() -> meeting.proposeItem(" ", "Anna")).field()).isEqualTo("title");
        assertThat(invalid(() -> meeting.proposeItem("Thema", "")).field()).isEqualTo("proposedBy");
        assertThat(meeting.getAgenda()).isEmpty();
    }

    @Test
    void theLeadAcceptsAProposal() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.proposeItem("Thema A", "Anna");
        meeting.proposeItem("Thema B", "Bernd");

        AgendaItem accepted = meeting.acceptItem(2);

        assertThat(accepted.status()).isEqualTo(AgendaItem.Status.ACCEPTED);
        assertThat(meeting.getAgenda()).extracting(AgendaItem::status)
                .containsExactly(AgendaItem.Status.PROPOSED, AgendaItem.Status.ACCEPTED);
    }

    @Test
    void theLeadDefersAProposal() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.proposeItem("Thema A", "Anna");

        AgendaItem deferred = meeting.deferItem(1);

        assertThat(deferred.status()).isEqualTo(AgendaItem.Status.DEFERRED);
        assertThat(meeting.deferredItems()).containsExactly(deferred);
    }

    @Test
    void anAcceptedItemMayStillBeDeferredBeforeTheMeeting() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.proposeItem("Thema A", "Anna");
        meeting.acceptItem(1);

        meeting.deferItem(1);

        assertThat(meeting.getAgenda().get(0).status()).isEqualTo(AgendaItem.Status.DEFERRED);
    }

    @Test
    void requiredTopicsCannotBeDeferred() {
        Meeting meeting = schedule(leipzigConference(), 1, "2024-05-15T10:00");

        var e = violation(() -> meeting.deferItem(2));

        assertThat(e.rule()).isEqualTo(RuleCode.REQUIRED_TOPIC_NOT_DEFERRABLE);
        assertThat(e.getMessage()).contains("Bericht der Arbeitsgruppen");
        assertThat(meeting.getAgenda().get(1).status()).isEqualTo(AgendaItem.Status.ACCEPTED);
        assertThat(meeting.deferredItems()).isEmpty();
    }

    @Test
    void anUnknownItemNumberIsRefused() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.proposeItem("Thema A", "Anna");

        assertThat(invalid(() -> meeting.acceptItem(2)).field()).isEqualTo("itemNumber");
        assertThat(invalid(() -> meeting.acceptItem(0)).field()).isEqualTo("itemNumber");
        assertThat(invalid(() -> meeting.deferItem(5)).field()).isEqualTo("itemNumber");
    }

    @Test
    void theAgendaIsFixedOnceTheMeetingWasHeld() {
        Meeting meeting = schedule(body().build(), 1, "2024-05-15T10:00");
        meeting.proposeItem("Thema A", "Anna");
        meeting.invite(members("Anna"));
        meeting.recordHeld(List.of("Anna"));

        assertThat(violation(() -> meeting.acceptItem(1)).rule()).isEqualTo(RuleCode.MEETING_HELD);
        assertThat(violation(() -> meeting.deferItem(1)).rule()).isEqualTo(RuleCode.MEETING_HELD);
        assertThat(meeting.getAgenda().get(0).status()).isEqualTo(AgendaItem.Status.PROPOSED);
    }

    @Test
    void deferredItemsCarryOverToTheNextMeetingAfterTheRequiredTopics() {
        Body conference = leipzigConference();
        Meeting first = schedule(conference, 1, "2024-05-15T10:00");
        first.proposeItem("Pflegestammtisch", "Träger Sonnenschein");
        first.proposeItem("Fachtag", "Anna");
        first.acceptItem(6);
        first.deferItem(5);

        Meeting second = schedule(conference, 2, "2026-05-15T10:00", first.deferredItems());

        assertThat(second.getAgenda()).hasSize(5);
        AgendaItem carried = second.getAgenda().get(4);
        assertThat(carried.number()).isEqualTo(5);
        assertThat(carried.title()).isEqualTo("Pflegestammtisch");
        assertThat(carried.proposedBy()).isEqualTo("Träger Sonnenschein");
        assertThat(carried.status()).isEqualTo(AgendaItem.Status.PROPOSED);
        assertThat(carried.carriedOver()).isTrue();
        assertThat(carried.required()).isFalse();
    }

    @Test
    void aCarriedOverItemCanBeDeferredAgain() {
        Body ag = body().build();
        Meeting first = schedule(ag, 1, "2024-05-15T10:00");
        first.proposeItem("Dauerbrenner", "Anna");
        first.deferItem(1);
        Meeting second = schedule(ag, 2, "2024-08-15T10:00", first.deferredItems());

        second.deferItem(1);
        Meeting third = schedule(ag, 3, "2024-11-15T10:00", second.deferredItems());

        assertThat(third.getAgenda()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Dauerbrenner");
            assertThat(item.carriedOver()).isTrue();
        });
    }

    @Test
    void itemsThatWereNotDeferredDoNotCarryOver() {
        Body ag = body().build();
        Meeting first = schedule(ag, 1, "2024-05-15T10:00");
        first.proposeItem("Erledigt", "Anna");
        first.acceptItem(1);
        first.proposeItem("Offen", "Bernd");

        assertThat(first.deferredItems()).isEmpty();
    }
}
