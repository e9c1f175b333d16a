package de.koop.domain.notification;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.TermStatus;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Seat;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * How far ahead {@link #nextLook(Obligation, LocalDate)} looks for the next deadline: a year and a
     * little, so that a yearly deadline is always found; a rarer one is looked for again after this.
     */
    public static final int DEADLINE_HORIZON_DAYS = 400;

    /** Raise with every change to when a rule reminds, so that every subject's next look is worked out anew. */
    private static final int VERSION = 1;

    public ReminderRules {
        if (leadDays < 0 || leadDays > 365) {
            throw new InvalidValueException("leadDays", "muss zwischen 0 und 365 liegen");
        }
    }

    /** Names these rules and their lead: next looks worked out under others may be wrong. */
    public String fingerprint() {
        return "rules " + VERSION + ", lead " + leadDays;
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

    /*
     * The next looks: the first day after today on which a subject may call for a reminder it does not
     * call for today, if time alone can bring one (a change to the subject is a save, which asks for a
     * look anyway). A sweep needs to look at a subject only from that day on, which keeps its work in
     * proportion to what is due rather than to all the data.
     */

    /** The next reminder day of a deadline, or the day after an open one falls due. */
    public Optional<LocalDate> nextLook(Obligation obligation, LocalDate today) {
        if (obligation.getEndsOn().filter(end -> end.isBefore(deadlinesDueFrom(today))).isPresent()) {
            return Optional.empty();
        }
        LocalDate horizon = today.plusDays(DEADLINE_HORIZON_DAYS + Math.max(0, obligation.getReminderDaysBefore()));
        Optional<LocalDate> next = obligation.deadlines(deadlinesDueFrom(today), horizon, today).stream()
                .flatMap(d -> switch (d.status()) {
                    case OPEN -> Stream.of(d.remindOn(), d.dueOn().plusDays(1));
                    case OVERDUE, FULFILLED -> Stream.<LocalDate>empty();
                })
                .filter(day -> day.isAfter(today))
                .min(Comparator.naturalOrder());
        // nothing within the horizon: a later deadline may still come, so look again at the horizon
        return next.or(() -> obligation.getEndsOn().filter(end -> !end.isAfter(horizon)).isPresent()
                ? Optional.empty() : Optional.of(today.plusDays(DEADLINE_HORIZON_DAYS)));
    }

    /** The day the review of an agreement in force comes within the lead, or the day a concluded version takes effect. */
    public Optional<LocalDate> nextLook(Agreement agreement, LocalDate today) {
        if (agreement.isInForceOn(today)) {
            return agreement.termOn(today).reviewDue().map(day -> day.minusDays(leadDays)).filter(day -> day.isAfter(today));
        }
        return agreement.getVersions().stream().filter(AgreementVersion::isConcluded)
                .flatMap(v -> v.effectiveDate().stream()).filter(day -> day.isAfter(today))
                .min(Comparator.naturalOrder());
    }

    /**
     * The day a body's next meeting comes within the lead (when none is planned), a seat's end comes
     * within the lead, or the body is established.
     */
    public Optional<LocalDate> nextLook(Body body, Optional<LocalDate> meetingDue, boolean meetingPlanned,
                                        LocalDate today) {
        if (today.isBefore(body.getEstablishedOn())) {
            return Optional.of(body.getEstablishedOn());
        }
        if (!body.existsOn(today)) {
            return Optional.empty();
        }
        Stream<LocalDate> meeting = meetingPlanned ? Stream.empty()
                : meetingDue.map(day -> day.minusDays(leadDays)).stream();
        Stream<LocalDate> seats = body.getSeats().stream()
                .filter(seat -> seat.until().filter(last -> !last.isBefore(today)).isPresent())
                .map(seat -> {
                    LocalDate withinLead = seat.until().orElseThrow().minusDays(leadDays);
                    return withinLead.isBefore(seat.from()) ? seat.from() : withinLead;
                });
        return Stream.concat(meeting, seats).filter(day -> day.isAfter(today))
                .filter(day -> body.existsOn(day)).min(Comparator.naturalOrder());
    }

    private boolean within(LocalDate day, LocalDate today) {
        return !day.isBefore(today) && !day.isAfter(today.plusDays(leadDays));
    }
}
