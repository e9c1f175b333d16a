package de.koop.domain.governance;

import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The record of a meeting (Protokoll, Niederschrift), and when it was approved. */
public record Minutes(String text, Optional<LocalDate> approvedOn) {

    /** The longest minutes koop keeps, in characters. */
    public static final int MAX_LENGTH = 100_000;

    public Minutes {
        text = Text.requiredMultiline(text, "text", MAX_LENGTH);
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
