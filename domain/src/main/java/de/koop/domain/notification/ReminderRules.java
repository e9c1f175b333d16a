package de.koop.domain.notification;

import de.koop.domain.agreement.TermStatus;
import de.koop.domain.governance.Seat;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When koop reminds a coordinator or a party, as of a day: a deadline from its reminder day until it
 * is due, and once after it passed unmet; a seat whose term ends, a body that must meet, and an
 * agreement whose review is due, each within {@code leadDays} of the date. Each yields an
 * {@link Occasion}, so it is reminded of once.
 *
 * @param leadDays how many days ahead seats, meetings and reviews are reminded of
 */
public record ReminderRules(int leadDays) {

    /**
     * Overdue deadlines are reminded of only while recent: a new obligation whose history starts
     * years back must not flood its parties with reminders of every past deadline.
     */
    public static final int OVERDUE_LOOKBACK_DAYS = 30;

    public ReminderRules {
        if (leadDays < 0 || leadDays > 365) {
            throw new InvalidValueException("leadDays", "muss zwischen 0 und 365 liegen");
        }
    }

    /** The earliest due date of the deadlines {@link #forDeadline} may remind of on {@code today}. */
    public static LocalDate deadlinesDueFrom(LocalDate today) {
        return today.minusDays(OVERDUE_LOOKBACK_DAYS);
    }

    public Optional<Occasion> forDeadline(Deadline deadline, LocalDate today) {
        return switch (deadline.status()) {
            case OPEN -> today.isBefore(deadline.remindOn()) ? Optional.empty()
                    : Optional.of(new Occasion(MessageKind.DEADLINE_REMINDER, deadline.obligationId().toString(),
                            deadline.dueOn()));
            case OVERDUE -> deadline.dueOn().isBefore(deadlinesDueFrom(today)) ? Optional.empty()
                    : Optional.of(new Occasion(MessageKind.DEADLINE_OVERDUE, deadline.obligationId().toString(),
                            deadline.dueOn()));
            case FULFILLED -> Optional.empty();
        };
    }

    /** A seat held today whose last day is within the lead. */
    public Optional<Occasion> forSeat(Seat seat, LocalDate today) {
        return seat.until().filter(last -> seat.isHeldOn(today) && within(last, today))
                .map(last -> new Occasion(MessageKind.SEAT_TERM_ENDING, seat.id().toString(), last));
    }

    /**
     * A body that must meet by {@code due} and has no meeting planned: reminded of within the lead,
     * and once if the day has passed.
     */
    public Optional<Occasion> forMeetingDue(BodyId body, Optional<LocalDate> due, boolean meetingPlanned,
                                            LocalDate today) {
        return due.filter(day -> !meetingPlanned && !today.isBefore(day.minusDays(leadDays)))
                .map(day -> new Occasion(MessageKind.MEETING_DUE_REMINDER, body.toString(), day));
    }

    /** An agreement whose review of the current term is due within the lead, or overdue. */
    public Optional<Occasion> forReview(AgreementId agreement, TermStatus term, LocalDate today) {
        return term.reviewDue().filter(day -> !today.isBefore(day.minusDays(leadDays)))
                .map(day -> new Occasion(MessageKind.REVIEW_DUE_REMINDER, agreement.toString(), day));
    }

    private boolean within(LocalDate day, LocalDate today) {
        return !day.isBefore(today) && !day.isAfter(today.plusDays(leadDays));
    }
}
