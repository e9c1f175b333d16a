package de.koop.domain.agreement;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A notice period as the agreements state it: "sechs Monate zum Ende des Kalenderjahres". The
 * period is counted from the day of receipt as §§ 187(1), 188 BGB count it: it ends on the day of
 * the last week or month that bears the number of the receipt day, or on that month's last day when
 * it has no such day (receipt on 31 August, one month: 30 September).
 */
public record NoticePeriod(int length, ChronoUnit unit, PeriodEnd end) {

    static final int MAX_LENGTH = 120;
    private static final Set<ChronoUnit> UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS);

    public NoticePeriod {
        if (length < 1 || length > MAX_LENGTH) {
            throw new InvalidValueException("notice.length", "muss zwischen 1 und " + MAX_LENGTH + " liegen");
        }
        if (unit == null || !UNITS.contains(unit)) {
            throw new InvalidValueException("notice.unit", "muss DAYS, WEEKS oder MONTHS sein");
        }
        if (end == null) {
            throw new InvalidValueException("notice.periodEnd", "darf nicht leer sein");
        }
    }

    /** The day the notice period itself runs out, for a termination received on {@code received}. */
    public LocalDate runsOut(LocalDate received) {
        return received.plus(length, unit);
    }

    /**
     * The day the termination takes effect: the first period end on which the notice has run out,
     * and not before a later date the party asked for.
     */
    public LocalDate effectiveDate(LocalDate received, LocalDate requested) {
        Objects.requireNonNull(received, "received");
        LocalDate earliest = runsOut(received);
        if (requested != null && requested.isAfter(earliest)) {
            earliest = requested;
        }
        return end.onOrAfter(earliest);
    }

    /** "6 Monaten zum Ende des Kalenderjahres", to follow "mit einer Frist von". */
    public String german() {
        // "mit einer Frist von ..." takes the dative
        String unitName = switch (unit) {
            case DAYS -> length == 1 ? "Tag" : "Tagen";
            case WEEKS -> length == 1 ? "Woche" : "Wochen";
            default -> length == 1 ? "Monat" : "Monaten";
        };
        return length + " " + unitName + " " + end.german();
    }
}
