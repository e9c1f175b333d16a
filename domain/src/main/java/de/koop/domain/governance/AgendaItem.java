package de.koop.domain.governance;

import de.koop.domain.shared.Text;
import java.util.Objects;

/**
 * A topic on a meeting's agenda (Tagesordnungspunkt): proposed by any participant, accepted or deferred
 * by the lead; required topics of the body are on it from the start, deferred ones carry over.
 */
public record AgendaItem(int number, String title, String proposedBy, Status status, boolean required,
                         boolean carriedOver) {

    /** Where the item stands. */
    public enum Status {
        PROPOSED,
        ACCEPTED,
        DEFERRED
    }

    public AgendaItem {
        if (number < 1) {
            throw new IllegalArgumentException("agenda item number < 1");
        }
        title = Text.required(title, "title", 300);
        proposedBy = Text.required(proposedBy, "proposedBy", 200);
        Objects.requireNonNull(status, "status");
    }

    AgendaItem with(Status newStatus) {
        return new AgendaItem(number, title, proposedBy, newStatus, required, carriedOver);
    }
}
