package de.koop.domain.governance;

import static de.koop.domain.governance.Governance.body;
import static de.koop.domain.governance.Governance.date;
import static de.koop.domain.governance.Governance.seat;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.governance.Cadence.TimesAYear.Frequency;
import de.koop.domain.notification.LookSimulation;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.ReminderRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A body is looked at again when its next meeting or a seat's end comes within the lead; looking
 * only then finds every reminder a daily look finds.
 */
class BodyNextLookTest {

    private static final ReminderRules RULES = new ReminderRules(30);

    /** The occasions of a body without meetings since it was established, as the sweep finds them. */
    private static List<Occasion> occasionsOf(Body body, LocalDate day) {
        List<Occasion> found = new ArrayList<>();
        if (!body.existsOn(day)) {
            return found;
        }
        RULES.forMeetingDue(body.getId(), meetingDue(body), false, day).ifPresent(found::add);
        body.seatsOn(day).forEach(s -> RULES.forSeat(s, day).ifPresent(found::add));
        return found;
    }

    private static Optional<LocalDate> meetingDue(Body body) {
        return body.getCadence().nextDue(body.getEstablishedOn());
    }

    @Test
    void seatsEndingAndAMeetingDueAreEachFoundOnTheDayOfTheirLook() {
        Body group = body().establishedOn("2026-03-01").cadence(new Cadence.TimesAYear(4, Frequency.ABOUT)).build();
        group.appoint(seat("Jana Vogel").from("2026-03-01").until("2026-09-30").build());
        group.appoint(seat("Udo Kern").from("2027-01-01").until("2027-01-20").build());
        group.appoint(seat("Eva Roth").from("2026-03-01").until("2029-02-28").build());
        group.appoint(seat("Ida Brand").from("2026-03-01").build());

        LookSimulation.Result result = LookSimulation.run(date("2026-01-01"), date("2030-12-31"),
                day -> occasionsOf(group, day), day -> RULES.nextLook(group, meetingDue(group), false, day));

        assertThat(result.daily()).hasSize(4);
        assertThat(result.sparse()).isEqualTo(result.daily());
        assertThat(result.looks()).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aPlannedMeetingAndAnEndedTemporaryBodyCallForNoLook() {
        Body group = body().establishedOn("2024-01-01").temporaryUntil("2025-12-31")
                .cadence(new Cadence.TimesAYear(4, Frequency.ABOUT)).build();
        Body permanent = body().establishedOn("2024-01-01").cadence(new Cadence.TimesAYear(4, Frequency.ABOUT)).build();

        assertThat(RULES.nextLook(group, meetingDue(group), false, date("2026-01-01"))).isEmpty();
        assertThat(RULES.nextLook(permanent, Optional.of(date("2026-06-30")), true, date("2026-01-01"))).isEmpty();
        assertThat(RULES.nextLook(permanent, Optional.of(date("2026-06-30")), false, date("2026-01-01")))
                .contains(date("2026-05-31"));
    }
}
