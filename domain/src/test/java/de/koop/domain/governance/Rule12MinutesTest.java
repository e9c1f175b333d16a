package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.invalid;
import static de.koop.domain.governance.Governance.members;
import static de.koop.domain.governance.Governance.schedule;
import static de.koop.domain.governance.Governance.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.RuleCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 12: where a body requires minutes for every session (nordsachsen § 3: „Für jede Sitzung ist ein
 * Protokoll anzufertigen“), a meeting without minutes stays open and is flagged.
 */
class Rule12MinutesTest {

    private final Body nordsachsenAg = body().name("AG Integrierte Sozialplanung").minutesRequired()
            .formats(MeetingFormat.IN_PERSON, MeetingFormat.VIRTUAL).build();
    private final Body withoutRequirement = body().name("AG Ohne Protokoll").build();

    private static Meeting held(Body body) {
        Meeting meeting = schedule(body, 1, "2025-03-10T17:00");
        meeting.invite(members("Anna", "Bernd"));
        meeting.recordHeld(List.of("Anna", "Bernd"));
        return meeting;
    }

    @Test
    void aBodyThatRequiresMinutesCannotCloseAMeetingWithoutThem() {
        Meeting meeting = held(nordsachsenAg);

        var e = violation(() -> meeting.close(nordsachsenAg.isMinutesRequired()));

        assertThat(e.rule()).isEqualTo(RuleCode.MINUTES_REQUIRED);
        assertThat(meeting.getState()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void aHeldMeetingWithoutRequiredMinutesIsFlagged() {
        Meeting meeting = held(nordsachsenAg);

        assertThat(meeting.lacksMinutes(nordsachsenAg.isMinutesRequired())).isTrue();
    }

    @Test
    void aMeetingNotYetHeldIsNotFlagged() {
        Meeting planned = schedule(nordsachsenAg, 1, "2025-03-10T17:00");
        Meeting invited = schedule(nordsachsenAg, 2, "2025-04-10T17:00");
        invited.invite(members("Anna"));

        assertThat(planned.lacksMinutes(true)).isFalse();
        assertThat(invited.lacksMinutes(true)).isFalse();
    }

    @Test
    void recordingTheMinutesRemovesTheFlag() {
        Meeting meeting = held(nordsachsenAg);

        meeting.recordMinutes(new Minutes("Ergebnisprotokoll der Sitzung", Optional.empty()));

        assertThat(meeting.lacksMinutes(true)).isFalse();
        assertThat(meeting.getState()).isEqualTo(MeetingState.MINUTED);
    }

    @Test
    void closingWithMinutesWorks() {
        Meeting meeting = held(nordsachsenAg);
        meeting.recordMinutes(new Minutes("Ergebnisprotokoll", Optional.of(date("2025-04-10"))));

        meeting.close(nordsachsenAg.isMinutesRequired());

        assertThat(meeting.getState()).isEqualTo(MeetingState.CLOSED);
        assertThat(meeting.getMinutes()).map(Minutes::text).contains("Ergebnisprotokoll");
    }

    @Test
    void aBodyWithoutTheRequirementClosesWithoutMinutes() {
        Meeting meeting = held(withoutRequirement);

        assertThat(meeting.lacksMinutes(withoutRequirement.isMinutesRequired())).isFalse();

        meeting.close(withoutRequirement.isMinutesRequired());

        assertThat(meeting.getState()).isEqualTo(MeetingState.CLOSED);
        assertThat(meeting.getMinutes()).isEmpty();
    }

    @Test
    void theMinutesMayBeReplacedBeforeClosing() {
        Meeting meeting = held(nordsachsenAg);
        meeting.recordMinutes(new Minutes("Entwurf", Optional.empty()));

        meeting.recordMinutes(new Minutes("Genehmigte Fassung", Optional.of(date("2025-04-10"))));

        assertThat(meeting.getMinutes()).map(Minutes::text).contains("Genehmigte Fassung");
        assertThat(meeting.getMinutes()).flatMap(Minutes::approvedOn).contains(date("2025-04-10"));
    }

    @Test
    void minutesCannotBeApprovedBeforeTheMeeting() {
        Meeting meeting = held(nordsachsenAg);

        var e = invalid(() -> meeting.recordMinutes(new Minutes("Protokoll", Optional.of(date("2025-03-09")))));

        assertThat(e.field()).isEqualTo("approvedOn");
        assertThat(meeting.getMinutes()).isEmpty();
        assertThat(meeting.getState()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void minutesMayBeApprovedOnTheMeetingDay() {
        Meeting meeting = held(nordsachsenAg);

        meeting.recordMinutes(new Minutes("Protokoll", Optional.of(date("2025-03-10"))));

        assertThat(meeting.getState()).isEqualTo(MeetingState.MINUTED);
    }

    @Test
    void minutesNeedText() {
        assertThat(invalid(() -> new Minutes("  ", Optional.empty())).field()).isEqualTo("text");
        assertThat(invalid(() -> new Minutes(null, Optional.empty())).field()).isEqualTo("text");
        assertThat(invalid(() -> new Minutes("x".repeat(100_001), Optional.empty())).field()).isEqualTo("text");
        assertThat(new Minutes("  Protokoll  ", Optional.empty()).text()).isEqualTo("Protokoll");
    }

    @Test
    void noMinutesBeforeTheMeetingWasHeld() {
        Meeting meeting = schedule(nordsachsenAg, 1, "2025-03-10T17:00");

        var e = violation(() -> meeting.recordMinutes(new Minutes("Zu früh", Optional.empty())));

        assertThat(e.rule()).isEqualTo(RuleCode.MEETING_PLANNED);
        assertThat(meeting.getMinutes()).isEmpty();
    }

    @Test
    void noMinutesAfterTheMeetingWasClosed() {
        Meeting meeting = held(nordsachsenAg);
        meeting.recordMinutes(new Minutes("Protokoll", Optional.empty()));
        meeting.close(true);

        var e = violation(() -> meeting.recordMinutes(new Minutes("Nachträglich", Optional.empty())));

        assertThat(e.rule()).isEqualTo(RuleCode.MEETING_CLOSED);
        assertThat(meeting.getMinutes()).map(Minutes::text).contains("Protokoll");
    }
}
