package de.koop.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.agreement.TermStatus;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminders are due on a day, each for one occasion. */
class ReminderRulesTest {

    private static final ReminderRules THIRTY_DAYS = new ReminderRules(30);
    private static final LocalDate DUE = LocalDate.of(2027, 4, 30);

    private static Deadline deadline(Deadline.Status status) {
        return new Deadline(ObligationId.newId(), "Datenlieferung", PartnerId.newId(), Optional.empty(), DUE,
                Optional.of(LocalDate.of(2026, 12, 31)), status, Optional.empty(), DUE.minusDays(14));
    }

    @Test
    void anOpenDeadlineIsRemindedOfFromItsReminderDayUntilItIsDueAlwaysAsTheSameOccasion() {
        Deadline open = deadline(Deadline.Status.OPEN);

        assertThat(THIRTY_DAYS.forDeadline(open, DUE.minusDays(15))).isEmpty();
        Occasion onReminderDay = THIRTY_DAYS.forDeadline(open, DUE.minusDays(14)).orElseThrow();
        assertThat(THIRTY_DAYS.forDeadline(open, DUE)).contains(onReminderDay);
        assertThat(onReminderDay.kind()).isEqualTo(MessageKind.DEADLINE_REMINDER);
        assertThat(onReminderDay.key()).isEqualTo("DEADLINE_REMINDER/" + open.obligationId() + "/2027-04-30");
    }

    @Test
    void anOverdueDeadlineIsRemindedOfWhileRecentAndAFulfilledOneNever() {
        Deadline overdue = deadline(Deadline.Status.OVERDUE);

        assertThat(THIRTY_DAYS.forDeadline(overdue, DUE.plusDays(1))).hasValueSatisfying(
                o -> assertThat(o.kind()).isEqualTo(MessageKind.DEADLINE_OVERDUE));
        assertThat(THIRTY_DAYS.forDeadline(overdue, DUE.plusDays(ReminderRules.OVERDUE_LOOKBACK_DAYS))).isPresent();
        assertThat(THIRTY_DAYS.forDeadline(overdue, DUE.plusDays(ReminderRules.OVERDUE_LOOKBACK_DAYS + 1))).isEmpty();
        assertThat(THIRTY_DAYS.forDeadline(deadline(Deadline.Status.FULFILLED), DUE)).isEmpty();
    }

    @Test
    void aSeatIsRemindedOfWithinTheLeadBeforeItsLastDayAndNotAfter() {
        Seat seat = new Seat(SeatId.newId(), "Jana Vogel", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.ELECTED, LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)));
        Seat open = new Seat(SeatId.newId(), "Jana Vogel", Optional.empty(), Optional.empty(), SeatRole.MEMBER,
                SeatBasis.ELECTED, LocalDate.of(2024, 1, 1), Optional.empty());

        assertThat(THIRTY_DAYS.forSeat(seat, LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(THIRTY_DAYS.forSeat(seat, LocalDate.of(2026, 12, 1))).contains(
                new Occasion(MessageKind.SEAT_TERM_ENDING, seat.id().toString(), LocalDate.of(2026, 12, 31)));
        assertThat(THIRTY_DAYS.forSeat(seat, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(THIRTY_DAYS.forSeat(open, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void aBodyDueToMeetIsRemindedOfOnlyWithoutAPlannedMeeting() {
        BodyId body = BodyId.newId();
        Optional<LocalDate> due = Optional.of(LocalDate.of(2027, 3, 31));

        assertThat(THIRTY_DAYS.forMeetingDue(body, due, false, LocalDate.of(2027, 2, 28))).isEmpty();
        assertThat(THIRTY_DAYS.forMeetingDue(body, due, false, LocalDate.of(2027, 3, 1))).contains(
                new Occasion(MessageKind.MEETING_DUE_REMINDER, body.toString(), due.get()));
        assertThat(THIRTY_DAYS.forMeetingDue(body, due, false, LocalDate.of(2027, 5, 1))).isPresent();
        assertThat(THIRTY_DAYS.forMeetingDue(body, due, true, LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(THIRTY_DAYS.forMeetingDue(body, Optional.empty(), false, LocalDate.of(2027, 3, 1))).isEmpty();
    }

    @Test
    void aReviewIsRemindedOfWithinTheLeadAndWhileOverdue() {
        AgreementId agreement = AgreementId.newId();
        TermStatus term = new TermStatus(Optional.of(LocalDate.of(2027, 12, 31)), Optional.of(LocalDate.of(2027, 6, 30)),
                false, false, false);

        assertThat(THIRTY_DAYS.forReview(agreement, term, LocalDate.of(2027, 5, 30))).isEmpty();
        assertThat(THIRTY_DAYS.forReview(agreement, term, LocalDate.of(2027, 5, 31))).hasValueSatisfying(
                o -> assertThat(o.key()).isEqualTo("REVIEW_DUE_REMINDER/" + agreement + "/2027-06-30"));
        assertThat(THIRTY_DAYS.forReview(agreement, new TermStatus(Optional.empty(), Optional.empty(), false, false,
                false), LocalDate.of(2027, 5, 31))).isEmpty();
    }

    @Test
    void anOccasionReadsBackFromItsKeyAndRefusesASubjectThatWouldBreakIt() {
        Occasion occasion = new Occasion(MessageKind.SEAT_TERM_ENDING, "abc", LocalDate.of(2026, 12, 31));

        assertThat(Occasion.ofKey(occasion.key())).isEqualTo(occasion);
        assertThatThrownBy(() -> new Occasion(MessageKind.SEAT_TERM_ENDING, "a/b", LocalDate.of(2026, 12, 31)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReminderRules(-1)).isInstanceOf(InvalidValueException.class);
    }
}
