package de.koop.domain.obligation;

import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** That the deadline due on {@code dueOn} was met, when, and a note (what was delivered). */
public record Fulfilment(LocalDate dueOn, LocalDate fulfilledOn, Optional<String> note) {

    public Fulfilment {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(fulfilledOn, "fulfilledOn");
        note = Objects.requireNonNull(note, "note").flatMap(n -> Text.optionalMultiline(n, "note", 2000));
    }
}
