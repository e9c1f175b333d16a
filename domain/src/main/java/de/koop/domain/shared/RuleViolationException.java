package de.koop.domain.shared;

import java.util.Objects;

/**
 * A request that is well-formed but breaks a rule of the network in its current state, for example
 * closing a network that is already closed.
 */
public final class RuleViolationException extends DomainException {

    private final RuleCode rule;

    public RuleViolationException(RuleCode rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule that refused the request; its {@link RuleCode#code() code} is what clients see. */
    public RuleCode rule() {
        return rule;
    }
}
