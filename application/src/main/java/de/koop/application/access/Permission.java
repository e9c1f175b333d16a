package de.koop.application.access;

/**
 * What an in-port operation requires of its actor, declared on the operation
 * ({@link de.koop.application.usecase.Command}, {@link de.koop.application.usecase.Query}). Administrators
 * and the system actor hold every permission; the network-scoped ones are held by roles in the network the
 * operation names.
 */
public enum Permission {
    /** Anyone, also without signing in: the public directory, signing in. */
    ANYONE(false),
    /** Anyone signed in: their own account. */
    SIGNED_IN(false),
    /** The network's coordinators and members: reading the network. */
    READ_NETWORK(true),
    /** The network's coordinators: reading what is kept from members (the audit trail, a person's data). */
    READ_CONFIDENTIAL(true),
    /** The network's coordinators: changing anything of the network. */
    COORDINATE(true),
    /** The network's coordinators and members: proposing an item for a meeting's agenda. */
    PROPOSE_AGENDA_ITEM(true),
    /** The network's coordinators, and its members for the partner they act for: recording readiness. */
    DECLARE_OWN_READINESS(true),
    /** Administrators only: accounts, the outbox, koop-wide lists, everything not declared otherwise. */
    ADMINISTER(false);

    private final boolean networkScoped;

    Permission(boolean networkScoped) {
        this.networkScoped = networkScoped;
    }

    /** Whether a role in the operation's network grants it, so the operation must name its network. */
    public boolean networkScoped() {
        return networkScoped;
    }
}
