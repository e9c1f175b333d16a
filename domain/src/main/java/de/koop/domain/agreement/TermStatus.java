package de.koop.domain.agreement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an agreement's term stands on a given day.
 *
 * @param termEnd                  the last day of the current term; empty when unlimited or when it
 *                                 continues until a successor replaces it
 * @param reviewDue                when the review of the current term is due; empty without a review
 * @param reviewOverdue            the review is due and no review of the current term was recorded
 * @param continuesUntilSuccessor  a review found a need to change it: it runs until replaced
 * @param expired                  the term ran out and the agreement is no longer in force
 */
public record TermStatus(Optional<LocalDate> termEnd, Optional<LocalDate> reviewDue, boolean reviewOverdue,
                         boolean continuesUntilSuccessor, boolean expired) {

    static TermStatus unlimited() {
        return new TermStatus(Optional.empty(), Optional.empty(), false, false, false);
    }
}
