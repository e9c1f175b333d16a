package de.koop.application.access;

import de.koop.domain.access.NetworkRole;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an actor holds a permission, the one place that decides it for every driving adapter and
 * every use case:
 * <ul>
 *   <li>{@link Permission#ANYONE} needs nobody signed in, every other permission somebody;</li>
 *   <li>administrators and the system actor hold every permission;</li>
 *   <li>in a network the actor has no role in, it is told the network does not exist, whatever it asks;</li>
 *   <li>{@link Permission#ADMINISTER} is held by nobody else, nor is a network-scoped permission whose
 *       operation names no network (koop-wide lists);</li>
 *   <li>a coordinator holds every network-scoped permission in its network; a member reads it (not
 *       what is confidential), proposes agenda items and records readiness for its own partner only.</li>
 * </ul>
 * Rule 15 is decided here as well: a former partner's contacts are for administrators only.
 */
public final class AccessPolicy {

    /** The outcome of a decision. */
    public enum Decision {
        ALLOWED,
        NOT_SIGNED_IN,
        FORBIDDEN,
        /** The actor has no role in the network: answered as if it did not exist. */
        HIDDEN
    }

    private static final Set<Permission> MEMBERS_HOLD = Set.of(Permission.READ_NETWORK,
            Permission.PROPOSE_AGENDA_ITEM, Permission.DECLARE_OWN_READINESS);

    /**
     * Decides without knowing for which partner the actor acts: for {@link Permission#DECLARE_OWN_READINESS}
     * a member is allowed here and its partner checked by {@link #check} where the command names it.
     */
    public Decision decide(Actor actor, Permission permission, Optional<NetworkId> network) {
        Objects.requireNonNull(permission, "permission");
        if (permission == Permission.ANYONE) {
            return Decision.ALLOWED;
        }
        if (!actor.signedIn()) {
            return Decision.NOT_SIGNED_IN;
        }
        if (actor.administrator()) {
            return Decision.ALLOWED;
        }
        Optional<NetworkRole> role = network.flatMap(actor::roleIn);
        if (network.isPresent() && role.isEmpty()) {
            return Decision.HIDDEN;
        }
        if (permission == Permission.SIGNED_IN) {
            return Decision.ALLOWED;
        }
        if (!permission.networkScoped() || role.isEmpty()) {
            return Decision.FORBIDDEN;
        }
        return role.get() == NetworkRole.COORDINATOR || MEMBERS_HOLD.contains(permission) ? Decision.ALLOWED
                : Decision.FORBIDDEN;
    }

    /**
     * Refuses unless the actor holds the permission in the network, and, for
     * {@link Permission#DECLARE_OWN_READINESS}, acts for {@code partner} if it is a member.
     *
     * @param partner the partner the operation acts for, where the permission depends on it
     * @throws AccessRefusedException if the actor may not
     */
    public void check(Actor actor, Permission permission, Optional<NetworkId> network, Optional<PartnerId> partner) {
        switch (decide(actor, permission, network)) {
            case ALLOWED -> {
                if (permission == Permission.DECLARE_OWN_READINESS && !ownPartner(actor, network.orElseThrow(), partner)) {
                    throw new ForbiddenException("Als Mitglied erfassen Sie nur die Bereitschaft Ihres eigenen Partners.");
                }
            }
            case NOT_SIGNED_IN -> throw new NotSignedInException();
            case FORBIDDEN -> throw new ForbiddenException("Dafür fehlt Ihnen die Berechtigung.");
            case HIDDEN -> throw new HiddenNetworkException(network.orElseThrow());
        }
    }

    /** A member records readiness only for the partner it acts for; coordinators and administrators for any. */
    private static boolean ownPartner(Actor actor, NetworkId network, Optional<PartnerId> partner) {
        if (actor.administrator() || actor.roleIn(network).filter(NetworkRole.COORDINATOR::equals).isPresent()) {
            return true;
        }
        return partner.isPresent() && actor.partnerIn(network).equals(partner);
    }

    /** Rule 15: the contacts of a partner who has left the network are shown to administrators only. */
    public boolean seesFormerPartnersContacts(Actor actor) {
        return actor.administrator();
    }
}
