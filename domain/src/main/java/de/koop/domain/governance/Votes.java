package de.koop.domain.governance;

import de.koop.domain.shared.InvalidValueException;

/** The counts of a vote, and how many were present to cast them. */
public record Votes(int yes, int no, int abstain, int present) {

    public Votes {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new InvalidValueException("votes", "Stimmenzahlen dürfen nicht negativ sein");
        }
        long counted = (long) yes + no + abstain;
        if (counted > present) {
            throw new InvalidValueException("votes", "es wurden mehr Stimmen (" + counted
                    + ") gezählt als Mitglieder anwesend waren (" + present + ")");
        }
    }
}
