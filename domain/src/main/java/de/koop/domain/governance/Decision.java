package de.koop.domain.governance;

import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision taken at a meeting (Beschluss): the motion, the counts, the rule that decided it and the
 * outcome the rule gave (rule 11).
 *
 * @param members    the body's voting members, for the quorum
 * @param agendaItem the number of the agenda item (TOP) it was taken under, if given
 */
public record Decision(int number, String motion, Votes votes, int members, DecisionRule rule,
                       DecisionRule.Outcome outcome, Optional<Integer> agendaItem) {

    public Decision {
        Objects.requireNonNull(agendaItem, "agendaItem");
        motion = Text.required(motion, "motion", 1000);
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
    }
}
