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
    private static final String[] NUMBER_WORDS = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
        "acht", "neun", "zehn", "elf", "zwölf"};

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
        return end.onOrAfter(requestDecides(received, requested) ? requested : runsOut(received));
    }

    /**
     * Whether a later day the party asked for, rather than the day of receipt, set the effective day:
     * it lies after the day the notice runs out.
     */
    public boolean requestDecides(LocalDate received, LocalDate requested) {
        return requested != null && requested.isAfter(runsOut(received));
    }

    /**
     * "drei Monate zum Quartalsende", "einen Monat zum Monatsende", "vier Wochen", "14 Tage": the period
     * as the object of "Die Kündigungsfrist beträgt"; lengths up to twelve in words, as German prose writes them.
     */
    public String germanDuration() {
        String unitName = switch (unit) {
            case DAYS -> length == 1 ? "Tag" : "Tage";
            case WEEKS -> length == 1 ? "Woche" : "Wochen";
            default -> length == 1 ? "Monat" : "Monate";
        };
        String count = length == 1 ? (unit == ChronoUnit.WEEKS ? "eine" : "einen")
                : length <= 12 ? NUMBER_WORDS[length] : Integer.toString(length);
        return count + " " + unitName + (end == PeriodEnd.NONE ? "" : " " + end.german());
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
