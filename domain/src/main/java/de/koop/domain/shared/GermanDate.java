package de.koop.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as German readers write it, {@code 31.12.2026}: for the sentences a refusal says to people. */
public final class GermanDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private GermanDate() {
    }

    public static String of(LocalDate day) {
        return FORMAT.format(day);
    }
}
