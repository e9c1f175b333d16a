package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.AuditTrailQuery;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.util.Objects;
import java.util.Optional;

/** Reads the audit trail. One call is one read-only transaction. */
public final class AuditTrailService implements AuditTrailQuery {

    private final AuditTrail trail;
    private final InNetwork inNetwork;

    public AuditTrailService(AuditTrail trail, Networks networks, Partners partners) {
        this.trail = Objects.requireNonNull(trail);
        this.inNetwork = new InNetwork(networks, partners);
    }

    @Override
    public Page<AuditEntry> trail(Optional<NetworkId> networkId, PageRequest request) {
        networkId.ifPresent(inNetwork::network);
        return trail.page(networkId, request);
    }
}
