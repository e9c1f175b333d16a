package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The record of a meeting (Protokoll, Niederschrift), and when it was approved. */
public record Minutes(String text, Optional<LocalDate> approvedOn) {

    /** The longest minutes koop keeps, in characters. */
    public static final int MAX_LENGTH = 100_000;

    public Minutes {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "darf nicht leer sein");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("text", "darf höchstens " + MAX_LENGTH + " Zeichen lang sein");
        }
        text = text.strip();
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
