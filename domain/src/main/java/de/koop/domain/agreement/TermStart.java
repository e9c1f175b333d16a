package de.koop.domain.agreement;

/** Where a fixed term is counted from. */
public enum TermStart {
    /** From the day the agreement (version) took effect. */
    EFFECTIVE_DATE,
    /** From the end of the year in which it took effect ("gerechnet vom Ende des Jahres ihres Inkrafttretens"). */
    END_OF_EFFECTIVE_YEAR
}
