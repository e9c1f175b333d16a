package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Who convenes, chairs and writes the minutes of a body's meetings: a fixed partner, the listed parties
 * in turn from meeting to meeting, or a management role passing among them every N years.
 */
public sealed interface ConveningRule {

    /**
     * Who is responsible for a body's meeting number {@code meetingNumber} (1 for the first) held on
     * {@code date}, and why.
     */
    Responsibility responsibleFor(int meetingNumber, LocalDate date);

    /** The partner responsible and the reason in words. */
    record Responsibility(PartnerId partnerId, String reason) {
    }

    record Fixed(PartnerId partner) implements ConveningRule {
        public Fixed {
            if (partner == null) {
                throw new InvalidValueException("convening.parties", "darf nicht leer sein");
            }
        }

        @Override
        public Responsibility responsibleFor(int meetingNumber, LocalDate date) {
            return new Responsibility(partner, "feste Zuständigkeit");
        }
    }

    /** The parties take turns from one meeting to the next, in the order listed. */
    record Alternating(List<PartnerId> parties) implements ConveningRule {
        public Alternating {
            parties = checked(parties);
        }

        @Override
        public Responsibility responsibleFor(int meetingNumber, LocalDate date) {
            if (meetingNumber < 1) {
                throw new InvalidValueException("meetingNumber", "Sitzungen werden ab 1 gezählt");
            }
            int turn = (meetingNumber - 1) % parties.size();
            return new Responsibility(parties.get(turn), "im Wechsel: Sitzung " + meetingNumber + ", "
                    + (turn + 1) + ". von " + parties.size() + " Parteien");
        }
    }

    /** The management passes to the next listed party every {@code years} years, counted from {@code from}. */
    record Rotating(List<PartnerId> parties, int years, LocalDate from) implements ConveningRule {
        public Rotating {
            parties = checked(parties);
            if (years < 1 || years > 10) {
                throw new InvalidValueException("convening.years", "muss zwischen 1 und 10 liegen");
            }
            if (from == null) {
                throw new InvalidValueException("convening.from", "darf nicht leer sein");
            }
        }

        @Override
        public Responsibility responsibleFor(int meetingNumber, LocalDate date) {
            long periods = date.isBefore(from) ? 0 : ChronoUnit.YEARS.between(from, date) / years;
            int turn = (int) (periods % parties.size());
            LocalDate periodStart = from.plusYears(periods * years);
            String every = years == 1 ? "jährlich" : "alle " + years + " Jahre";
            String since = periodStart.isAfter(date) ? "ab " + periodStart : "seit " + periodStart;
            return new Responsibility(parties.get(turn), "Geschäftsführung wechselt " + every + "; " + since
                    + " bei der " + (turn + 1) + ". von " + parties.size() + " Parteien");
        }
    }

    private static List<PartnerId> checked(List<PartnerId> parties) {
        List<PartnerId> copy = List.copyOf(Objects.requireNonNullElse(parties, List.of()));
        if (copy.size() < 2) {
            throw new InvalidValueException("convening.parties", "mindestens zwei Parteien für einen Wechsel");
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new InvalidValueException("convening.parties", "eine Partei ist mehrfach genannt");
        }
        return copy;
    }
}
