package de.koop.domain.obligation;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One due instance of an obligation (Termin, Fälligkeit): who must deliver what to whom by when, and
 * whether it was met.
 */
public record Deadline(ObligationId obligationId, String title, PartnerId responsible, Optional<PartnerId> recipient,
                       LocalDate dueOn, Optional<LocalDate> referenceDate, Status status,
                       Optional<Fulfilment> fulfilment, LocalDate remindOn) {

    /** Open until due, overdue after, fulfilled once met. */
    public enum Status {
        OPEN,
        OVERDUE,
        FULFILLED;

        public static Status fromCode(String code, String field) {
            if (code != null) {
                for (Status status : values()) {
                    if (status.name().equalsIgnoreCase(code.strip())) {
                        return status;
                    }
                }
            }
            throw new InvalidValueException(field,
                    "unbekannter Stand „" + code + "“; erlaubt: OPEN, OVERDUE, FULFILLED");
        }
    }
}
