package de.koop.domain.obligation;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a recurring duty falls due (rule 13): a yearly delivery for a reference date, monthly by a day
 * of the month, yearly by a day of the year, at least once a calendar year, or once.
 */
public sealed interface DeadlineRule {

    /** The due dates from {@code from} to {@code to}, both included, in order. */
    List<DueDate> dueBetween(LocalDate from, LocalDate to);

    /** The rule in words. */
    String german();

    /**
     * Yearly data for a reference day, due a number of years later on a day of the year: "zum Stichtag
     * 31. Dezember, fällig bis 30. April des Folgejahres".
     */
    record ForReferenceDate(MonthDay referenceDay, MonthDay dueDay, int yearsAfter) implements DeadlineRule {
        public ForReferenceDate {
            if (referenceDay == null) {
                throw new InvalidValueException("rule.referenceDay", "darf nicht leer sein");
            }
            if (dueDay == null) {
                throw new InvalidValueException("rule.dueDay", "darf nicht leer sein");
            }
            if (yearsAfter < 0 || yearsAfter > 5) {
                throw new InvalidValueException("rule.yearsAfter", "muss zwischen 0 und 5 liegen");
            }
            if (yearsAfter == 0 && !dueDay.isAfter(referenceDay)) {
                throw new InvalidValueException("rule.dueDay", "muss nach dem Stichtag liegen");
            }
        }

        @Override
        public List<DueDate> dueBetween(LocalDate from, LocalDate to) {
            List<DueDate> due = new ArrayList<>();
            for (int year = from.getYear() - yearsAfter - 1; year <= to.getYear(); year++) {
                LocalDate reference = referenceDay.atYear(year);
                LocalDate dueOn = dueDay.atYear(year + yearsAfter);
                if (!dueOn.isBefore(from) && !dueOn.isAfter(to)) {
                    due.add(new DueDate(dueOn, Optional.of(reference)));
                }
            }
            return due;
        }

        @Override
        public String german() {
            return "jährlich zum Stichtag " + day(referenceDay) + ", fällig am " + day(dueDay)
                    + (yearsAfter == 0 ? "" : yearsAfter == 1 ? " des Folgejahres" : " " + yearsAfter + " Jahre später");
        }
    }

    /** Every month by a day of the month; in shorter months by their last day. */
    record Monthly(int dayOfMonth) implements DeadlineRule {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new InvalidValueException("rule.dayOfMonth", "muss zwischen 1 und 31 liegen");
            }
        }

        @Override
        public List<DueDate> dueBetween(LocalDate from, LocalDate to) {
            List<DueDate> due = new ArrayList<>();
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                LocalDate dueOn = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
                if (!dueOn.isBefore(from) && !dueOn.isAfter(to)) {
                    due.add(new DueDate(dueOn, Optional.empty()));
                }
            }
            return due;
        }

        @Override
        public String german() {
            return "monatlich bis zum " + dayOfMonth + ".";
        }
    }

    /** Every year by a day of the year, such as a yearly review; 29 February falls on the 28th in other years. */
    record Yearly(MonthDay dueDay) implements DeadlineRule {
        public Yearly {
            if (dueDay == null) {
                throw new InvalidValueException("rule.dueDay", "darf nicht leer sein");
            }
        }

        @Override
        public List<DueDate> dueBetween(LocalDate from, LocalDate to) {
            List<DueDate> due = new ArrayList<>();
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate dueOn = dueDay.atYear(year);
                if (!dueOn.isBefore(from) && !dueOn.isAfter(to)) {
                    due.add(new DueDate(dueOn, Optional.empty()));
                }
            }
            return due;
        }

        @Override
        public String german() {
            return "jährlich bis zum " + day(dueDay);
        }
    }

    /** At least once in every calendar year ("mindestens einmal jährlich"): due by 31 December. */
    record OnceAYear() implements DeadlineRule {
        @Override
        public List<DueDate> dueBetween(LocalDate from, LocalDate to) {
            return new Yearly(MonthDay.of(12, 31)).dueBetween(from, to);
        }

        @Override
        public String german() {
            return "mindestens einmal im Kalenderjahr";
        }
    }

    /** Once, by a date, such as concluding a successor agreement. */
    record Once(LocalDate dueOn) implements DeadlineRule {
        public Once {
            if (dueOn == null) {
                throw new InvalidValueException("rule.dueOn", "darf nicht leer sein");
            }
        }

        @Override
        public List<DueDate> dueBetween(LocalDate from, LocalDate to) {
            return dueOn.isBefore(from) || dueOn.isAfter(to) ? List.of() : List.of(new DueDate(dueOn, Optional.empty()));
        }

        @Override
        public String german() {
            return "einmalig bis zum " + dueOn;
        }
    }

    private static String day(MonthDay day) {
        return day.getDayOfMonth() + "." + day.getMonthValue() + ".";
    }
}
