package de.koop.domain.governance;

import de.koop.domain.shared.Text;
import java.util.Objects;

/**
 * A decision taken at a meeting (Beschluss): the motion, the counts, the rule that decided it and the
 * outcome the rule gave (rule 11).
 *
 * @param members the body's voting members, for the quorum
 */
public record Decision(int number, String motion, Votes votes, int members, DecisionRule rule,
                       DecisionRule.Outcome outcome) {

    public Decision {
        motion = Text.required(motion, "motion", 1000);
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
    }
}
