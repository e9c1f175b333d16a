package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The record of a meeting (Protokoll, Niederschrift), and when it was approved. */
public record Minutes(String text, Optional<LocalDate> approvedOn) {

    public Minutes {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "darf nicht leer sein");
        }
        if (text.length() > 100_000) {
            throw new InvalidValueException("text", "darf höchstens 100000 Zeichen lang sein");
        }
        text = text.strip();
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
