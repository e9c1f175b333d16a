package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * How a body's elected seats are filled (rule 7): who elects (the members of a body, such as the
 * conference or a child group), for how many years, and whether re-election is allowed.
 *
 * @param maxConsecutiveTerms empty: re-election without limit; 1: no re-election; n: at most n terms in a row
 */
public record ElectionRules(BodyId electorate, int termYears, Optional<Integer> maxConsecutiveTerms) {

    public ElectionRules {
        if (electorate == null) {
            throw new InvalidValueException("election.electorateBodyId", "darf nicht leer sein");
        }
        if (termYears < 1 || termYears > 10) {
            throw new InvalidValueException("election.termYears", "muss zwischen 1 und 10 liegen");
        }
        Objects.requireNonNull(maxConsecutiveTerms, "maxConsecutiveTerms");
        if (maxConsecutiveTerms.isPresent() && maxConsecutiveTerms.get() < 1) {
            throw new InvalidValueException("election.maxConsecutiveTerms", "muss mindestens 1 sein");
        }
    }
}
