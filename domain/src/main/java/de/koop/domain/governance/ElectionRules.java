package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * How a body's elected seats are filled (rule 7): who elects, for how many years, and whether
 * re-election is allowed.
 *
 * @param electorate          the body whose members elect (such as the conference); empty when each
 *                            child group elects its own representatives from its members
 * @param maxConsecutiveTerms empty: re-election without limit; 1: no re-election; n: at most n terms in a row
 */
public record ElectionRules(Optional<BodyId> electorate, int termYears, Optional<Integer> maxConsecutiveTerms) {

    public ElectionRules {
        Objects.requireNonNull(electorate, "electorate");
        if (termYears < 1 || termYears > 10) {
            throw new InvalidValueException("election.termYears", "muss zwischen 1 und 10 liegen");
        }
        Objects.requireNonNull(maxConsecutiveTerms, "maxConsecutiveTerms");
        if (maxConsecutiveTerms.isPresent() && maxConsecutiveTerms.get() < 1) {
            throw new InvalidValueException("election.maxConsecutiveTerms", "muss mindestens 1 sein");
        }
    }
}
