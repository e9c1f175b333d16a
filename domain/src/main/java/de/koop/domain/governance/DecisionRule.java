package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * How a body decides: by simple majority of the votes cast, by majority of the members present, or by
 * consensus; optionally only with a quorum (a share of its members present).
 *
 * @param quorumPercent the share of members who must be present, 1 to 100; empty for no quorum
 */
public record DecisionRule(Kind kind, Optional<Integer> quorumPercent) {

    /** The majority a motion needs. */
    public enum Kind {
        /** More yes than no; abstentions do not count. */
        SIMPLE_MAJORITY_OF_VOTES_CAST,
        /** More yes than half of the members present; abstentions count against. */
        MAJORITY_OF_MEMBERS_PRESENT,
        /** Nobody against, and at least one in favour. */
        CONSENSUS;

        public static Kind fromCode(String code, String field) {
            return Codes.parse(Kind.class, code, field);
        }
    }

    public DecisionRule {
        if (kind == null) {
            throw new InvalidValueException("decisionRule.kind", "darf nicht leer sein");
        }
        Objects.requireNonNull(quorumPercent, "quorumPercent");
        if (quorumPercent.isPresent() && (quorumPercent.get() < 1 || quorumPercent.get() > 100)) {
            throw new InvalidValueException("decisionRule.quorumPercent", "muss zwischen 1 und 100 liegen");
        }
    }

    /**
     * The outcome of a vote.
     *
     * @param members the body's members entitled to vote, for the quorum
     */
    public Outcome decide(Votes votes, int members) {
        if (!quorate(votes.present(), members)) {
            return Outcome.NO_QUORUM;
        }
        boolean adopted = switch (kind) {
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> votes.yes() > votes.no();
            case MAJORITY_OF_MEMBERS_PRESENT -> (long) votes.yes() * 2 > votes.present();
            case CONSENSUS -> votes.no() == 0 && votes.yes() > 0;
        };
        return adopted ? Outcome.ADOPTED : Outcome.REJECTED;
    }

    /**
     * Whether {@code present} of the body's {@code members} entitled to vote make a quorum; without a
     * quorum in the rule, any attendance does.
     */
    public boolean quorate(int present, int members) {
        return quorumPercent.isEmpty() || (long) present * 100 >= (long) quorumPercent.get() * members;
    }

    /** The fewest of {@code members} who make a quorum when present; 0 where the rule asks for none. */
    public int quorumOf(int members) {
        return quorumPercent.map(q -> (int) Math.ceilDiv((long) q * members, 100)).orElse(0);
    }

    public String german() {
        String rule = switch (kind) {
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> "einfache Mehrheit der abgegebenen Stimmen";
            case MAJORITY_OF_MEMBERS_PRESENT -> "Mehrheit der anwesenden Mitglieder";
            case CONSENSUS -> "Konsens";
        };
        return quorumPercent.map(q -> rule + ", beschlussfähig ab " + q + " % der Mitglieder").orElse(rule);
    }

    /** What a vote decided. */
    public enum Outcome {
        ADOPTED,
        REJECTED,
        NO_QUORUM
    }
}
