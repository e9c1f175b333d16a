package de.koop.application.change;

import de.koop.domain.access.User;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a use case changed: the kind and id of a record, and the network it belongs to. A use case records
 * each change ({@link Changes#record}) before it writes it, so that the unit of work can take the
 * network's lock first; at its end the unit of work hands all changes to its handlers (stamps, dates,
 * reminder wake-ups, audit trail). A change holds ids only, never values a user typed.
 *
 * @param partOf the record this one belongs to where its effects reach that one (a meeting's body)
 */
public record Change(Kind kind, UUID id, Optional<NetworkId> networkId, Optional<UUID> partOf) {

    /** What can change, with the name the audit trail gives it. */
    public enum Kind {
        NETWORK("Network", true),
        PARTNER("Partner", true),
        AGREEMENT("Agreement", true),
        DECLARATION("Declaration", true),
        BODY("Body", true),
        MEETING("Meeting", true),
        OBLIGATION("Obligation", true),
        NOTIFICATION("Notification", false),
        USER("User", false),
        /** A user's sessions (refresh tokens), by the user's id. */
        SESSION("Sitzung", false);

        private final String auditName;
        private final boolean networkData;

        Kind(String auditName, boolean networkData) {
            this.auditName = auditName;
            this.networkData = networkData;
        }

        /** The name of the kind in the audit trail. */
        public String auditName() {
            return auditName;
        }

        /**
         * Whether records of this kind are the network's data, which the network's stamp covers; a user's
         * account, sessions and the messages sent are not.
         */
        public boolean networkData() {
            return networkData;
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(partOf, "partOf");
        if (kind.networkData() && networkId.isEmpty()) {
            throw new IllegalArgumentException(kind + " " + id + " belongs to a network");
        }
    }

    public static Change of(Network network) {
        return inNetwork(Kind.NETWORK, network.getId().value(), network.getId());
    }

    public static Change of(Partner partner) {
        return inNetwork(Kind.PARTNER, partner.getId().value(), partner.getNetworkId());
    }

    public static Change of(Agreement agreement) {
        return inNetwork(Kind.AGREEMENT, agreement.getId().value(), agreement.getNetworkId());
    }

    public static Change of(Declaration declaration) {
        return inNetwork(Kind.DECLARATION, declaration.id().value(), declaration.networkId());
    }

    public static Change of(Body body) {
        return inNetwork(Kind.BODY, body.getId().value(), body.getNetworkId());
    }

    /** A meeting planned or held changes when its body must meet next. */
    public static Change of(Meeting meeting) {
        return new Change(Kind.MEETING, meeting.getId().value(), Optional.of(meeting.getNetworkId()),
                Optional.of(meeting.getBodyId().value()));
    }

    public static Change of(Obligation obligation) {
        return inNetwork(Kind.OBLIGATION, obligation.getId().value(), obligation.getNetworkId());
    }

    public static Change of(Notification notification) {
        return inNetwork(Kind.NOTIFICATION, notification.id().value(), notification.networkId());
    }

    /** A user's account, changed on its own (an account opened, deleted). */
    public static Change of(User user) {
        return new Change(Kind.USER, user.getId().value(), Optional.empty(), Optional.empty());
    }

    /** A user's account, changed for one network (a role granted or revoked there). */
    public static Change of(User user, NetworkId network) {
        return new Change(Kind.USER, user.getId().value(), Optional.of(network), Optional.empty());
    }

    /** A user's sessions began or ended. */
    public static Change sessionsOf(UserId user) {
        return new Change(Kind.SESSION, user.value(), Optional.empty(), Optional.empty());
    }

    private static Change inNetwork(Kind kind, UUID id, NetworkId network) {
        return new Change(kind, id, Optional.of(network), Optional.empty());
    }
}
