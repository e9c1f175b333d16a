package de.koop.domain.agreement;

/** What happens when a fixed term runs out. */
public enum RenewalRule {
    /** The agreement ends with its term. */
    NONE,
    /**
     * A review before the end decides: no change needed, and it runs for another term of the same
     * length; change needed, and it continues until a successor replaces it (NRW § 17(2)).
     */
    RENEW_UNLESS_CHANGE_NEEDED
}
