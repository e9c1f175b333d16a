package de.koop.domain.obligation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One due date a deadline rule produces: the day it is due and, for duties tied to a reference date
 * ("data for 31 December"), that reference date.
 */
public record DueDate(LocalDate dueOn, Optional<LocalDate> referenceDate) {

    public DueDate {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }
}
