package de.koop.domain.governance;

import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The record of a meeting (Protokoll, Niederschrift), and when it was approved. */
public record Minutes(String text, Optional<LocalDate> approvedOn) {

    public Minutes {
        text = Text.requiredMultiline(text, "text", 100_000);
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
