package de.koop.domain.agreement;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/** How long an agreement runs. */
public sealed interface Term {

    /** Runs until terminated or replaced. */
    record Unlimited() implements Term {
    }

    /**
     * Runs {@code years} years from its start, is reviewed {@code reviewMonthsBefore} months before
     * it ends, and then renews or ends as {@code renewal} says.
     */
    record Fixed(int years, TermStart start, int reviewMonthsBefore, RenewalRule renewal) implements Term {

        public Fixed {
            if (years < 1 || years > 50) {
                throw new InvalidValueException("term.years", "muss zwischen 1 und 50 liegen");
            }
            if (start == null) {
                throw new InvalidValueException("term.start", "darf nicht leer sein");
            }
            if (reviewMonthsBefore < 0 || reviewMonthsBefore > 12 * years) {
                throw new InvalidValueException("term.reviewMonthsBefore",
                        "muss zwischen 0 und der Laufzeit in Monaten liegen");
            }
            Objects.requireNonNull(renewal, "renewal");
        }

        /**
         * The last day of the first term: five years from 1 March 2024 end on 28 February 2029;
         * five years from the end of 2024 end on 31 December 2029.
         */
        public LocalDate firstTermEnd(LocalDate effective) {
            return switch (start) {
                case EFFECTIVE_DATE -> endOfYears(effective, years);
                case END_OF_EFFECTIVE_YEAR -> LocalDate.of(effective.getYear() + years, Month.DECEMBER, 31);
            };
        }

        /** The term that follows one ending on {@code termEnd}, of the same length. */
        public LocalDate nextTermEnd(LocalDate termEnd) {
            return endOfYears(termEnd.plusDays(1), years);
        }

        /**
         * The last day of {@code years} years starting on {@code start} (§ 188(2), (3) BGB): the day
         * before the anniversary, or the month's last day when the anniversary does not exist (a
         * term from 29 February 2024 ends on 28 February 2025).
         */
        private static LocalDate endOfYears(LocalDate start, int years) {
            LocalDate anniversary = start.plusYears(years);
            return anniversary.getDayOfMonth() == start.getDayOfMonth() ? anniversary.minusDays(1) : anniversary;
        }

        /** When the review of a term ending on {@code termEnd} is due. */
        public LocalDate reviewDue(LocalDate termEnd) {
            return termEnd.minusMonths(reviewMonthsBefore);
        }
    }
}
