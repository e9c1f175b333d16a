package de.koop.archfixture.domain.network;

import java.time.LocalDate;

/** Violation: the domain reads the clock instead of being given the date. */
public final class ClockReadingNetwork {

    public boolean isOverdue(LocalDate deadline) {
        return deadline.isBefore(LocalDate.now());
    }
}
