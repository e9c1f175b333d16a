package de.koop.domain.agreement;

import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The parties' review of an agreement before its term ends, and whether it found a need to change it. */
public record Review(LocalDate heldOn, boolean changeNeeded, Optional<String> note) {

    public Review {
        Objects.requireNonNull(heldOn, "heldOn");
        note = Objects.requireNonNull(note, "note").flatMap(n -> Text.optionalMultiline(n, "note", 2000));
    }
}
