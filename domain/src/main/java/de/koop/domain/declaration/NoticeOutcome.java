package de.koop.domain.declaration;

import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a party's notice received on a day brings about under the agreement's rule: the last day the
 * party is bound, the rule that gives it and, where the agreement obliges a successor, by when. A
 * recorded {@link Termination} is built from it, and the notice calculator answers with it without
 * recording anything.
 *
 * @param lastBoundDay   the day the termination takes effect: the last day the party is bound
 * @param successorDueBy when the agreement obliges the parties to conclude a successor: by when
 */
public record NoticeOutcome(PartnerId partnerId, LocalDate receivedOn, Optional<LocalDate> requestedOn,
                            LocalDate lastBoundDay, String ruleApplied, Optional<LocalDate> successorDueBy) {

    public NoticeOutcome {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(lastBoundDay, "lastBoundDay");
        Objects.requireNonNull(ruleApplied, "ruleApplied");
        Objects.requireNonNull(successorDueBy, "successorDueBy");
    }

    /** The first day the party is no longer bound. */
    public LocalDate freeFrom() {
        return lastBoundDay.plusDays(1);
    }
}
