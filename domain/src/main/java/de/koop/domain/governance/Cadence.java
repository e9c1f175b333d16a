package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a body meets: every N years ("alle zwei Jahre"), N times a year, at least N times a year,
 * about N times a year, or variable. It says when the next meeting is due and when it is overdue.
 */
public sealed interface Cadence {

    /** When the next meeting is due, after the last one held (or, without one, after the body was set up). */
    Optional<LocalDate> nextDue(LocalDate lastMeetingOrEstablished);

    /** Whether a body whose last meeting (or set-up) was then is overdue on {@code date}. */
    default boolean isOverdue(LocalDate lastMeetingOrEstablished, LocalDate date) {
        return nextDue(lastMeetingOrEstablished).map(due -> date.isAfter(lastDayOfGrace(due))).orElse(false);
    }

    /** The last day a meeting due on {@code due} may take place before the body counts as overdue. */
    default LocalDate lastDayOfGrace(LocalDate due) {
        return due;
    }

    String german();

    /** Every {@code years} years. */
    record EveryYears(int years) implements Cadence {
        public EveryYears {
            if (years < 1 || years > 10) {
                throw new InvalidValueException("cadence.years", "muss zwischen 1 und 10 liegen");
            }
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate last) {
            return Optional.of(last.plusYears(years));
        }

        @Override
        public String german() {
            return years == 1 ? "jährlich" : "alle " + years + " Jahre";
        }
    }

    /** {@code times} times a year: exactly, at least, or about (with a month's grace after the due day). */
    record TimesAYear(int times, Frequency frequency) implements Cadence {

        /** How strictly the number is meant. */
        public enum Frequency {
            EXACTLY,
            AT_LEAST,
            ABOUT
        }

        public TimesAYear {
            if (times < 1 || times > 52) {
                throw new InvalidValueException("cadence.times", "muss zwischen 1 und 52 liegen");
            }
            Objects.requireNonNull(frequency, "frequency");
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate last) {
            // the longest gap the number allows: twelve months spread over the meetings, in whole
            // months where they divide evenly, so that "once a year" is due on the same day next year
            return Optional.of(12 % times == 0 ? last.plusMonths(12 / times) : last.plusDays(Math.round(365.25 / times)));
        }

        /**
         * "About" grants a month after the due day, counted as calendar months are: due on 10 March, the
         * body is overdue from 11 April; due on 31 January, from 1 March (29 February in a leap year).
         */
        @Override
        public LocalDate lastDayOfGrace(LocalDate due) {
            return frequency == Frequency.ABOUT ? due.plusMonths(1) : due;
        }

        @Override
        public String german() {
            return switch (frequency) {
                case EXACTLY -> "genau " + times + "-mal im Jahr";
                case AT_LEAST -> "mindestens " + times + "-mal im Jahr";
                case ABOUT -> "etwa " + times + "-mal im Jahr";
            };
        }
    }

    /** As needed: never due, never overdue. */
    record Variable() implements Cadence {
        @Override
        public Optional<LocalDate> nextDue(LocalDate last) {
            return Optional.empty();
        }

        @Override
        public String german() {
            return "nach Bedarf";
        }
    }
}
