package de.koop.domain.shared;

/**
 * A request that is well-formed but breaks a rule of the network in its current state, for example
 * closing a network that is already closed.
 */
public final class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code network-already-closed}. */
    public String rule() {
        return rule;
    }
}
