package de.koop.domain.declaration;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who recorded a declaration and when it was received and recorded; the same for every kind. */
public record Recording(LocalDate receivedOn, String recordedBy, Instant recordedAt) {

    public Recording {
        if (receivedOn == null) {
            throw new InvalidValueException("receivedOn", "darf nicht leer sein");
        }
        recordedBy = Text.required(recordedBy, "recordedBy", 200);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
