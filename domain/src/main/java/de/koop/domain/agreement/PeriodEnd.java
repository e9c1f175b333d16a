package de.koop.domain.agreement;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The end of a period that a termination takes effect at ("zum Ende des Kalenderjahres"). */
public enum PeriodEnd {
    NONE("ohne Stichtag"),
    MONTH("zum Monatsende"),
    QUARTER("zum Quartalsende"),
    HALF_YEAR("zum Halbjahresende"),
    CALENDAR_YEAR("zum Ende des Kalenderjahres");

    private final String german;

    PeriodEnd(String german) {
        this.german = german;
    }

    /** The last day of the period that contains {@code date}; the date itself for {@link #NONE}. */
    public LocalDate onOrAfter(LocalDate date) {
        return switch (this) {
            case NONE -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> lastDayOfMonth(date.getYear(), ((date.getMonthValue() - 1) / 3 + 1) * 3);
            case HALF_YEAR -> lastDayOfMonth(date.getYear(), date.getMonthValue() <= 6 ? 6 : 12);
            case CALENDAR_YEAR -> LocalDate.of(date.getYear(), Month.DECEMBER, 31);
        };
    }

    /** Whether a termination may take effect on {@code date} under this period end. */
    public boolean isPeriodEnd(LocalDate date) {
        return onOrAfter(date).equals(date);
    }

    public String german() {
        return german;
    }

    public static PeriodEnd fromCode(String code, String field) {
        if (code != null) {
            for (PeriodEnd end : values()) {
                if (end.name().equals(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return end;
                }
            }
        }
        throw new InvalidValueException(field, "unbekanntes Periodenende „" + code
                + "“; erlaubt: NONE, MONTH, QUARTER, HALF_YEAR, CALENDAR_YEAR");
    }

    private static LocalDate lastDayOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
