package de.koop.application.access;

import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting in a use case: nobody signed in, a user with the rights their sign-in carries, or koop
 * itself (start-up data, scheduled sweeps).
 *
 * @param kind      anonymous, a user, or the system
 * @param userId    the user's id; empty for the anonymous and the system actor
 * @param name      how the audit trail and messages name the actor
 * @param administrator whether the actor may do everything (the system actor may)
 * @param networks  the role per network and, for a member, the partner it acts for
 */
public record Actor(Kind kind, Optional<UserId> userId, String name, boolean administrator,
                    Map<NetworkId, User.Grant> networks) {

    /** The three sorts of actors. */
    public enum Kind {
        ANONYMOUS,
        USER,
        SYSTEM
    }

    private static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, Optional.empty(), "anonym", false, Map.of());
    private static final Actor SYSTEM = new Actor(Kind.SYSTEM, Optional.empty(), "koop", true, Map.of());

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        networks = Map.copyOf(networks);
        if (kind == Kind.USER != userId.isPresent()) {
            throw new IllegalArgumentException("a user actor, and only a user actor, has a user id");
        }
    }

    /** Nobody signed in. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }

    /** koop itself, for work no person started: it may do everything. */
    public static Actor system() {
        return SYSTEM;
    }

    /** A signed-in user with the rights of their sign-in. */
    public static Actor user(UserId id, String name, boolean administrator, Map<NetworkId, User.Grant> networks) {
        return new Actor(Kind.USER, Optional.of(id), name, administrator, networks);
    }

    public boolean signedIn() {
        return kind != Kind.ANONYMOUS;
    }

    /** The actor's role in a network, if any. */
    public Optional<NetworkRole> roleIn(NetworkId network) {
        return Optional.ofNullable(networks.get(network)).map(User.Grant::role);
    }

    /** The partner the actor acts for in a network, if a member acts for one. */
    public Optional<PartnerId> partnerIn(NetworkId network) {
        return Optional.ofNullable(networks.get(network)).flatMap(User.Grant::partnerId);
    }
}
