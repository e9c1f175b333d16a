package de.koop.application.service;

import de.koop.application.port.in.NetworkStampQuery;
import de.koop.application.port.out.NetworkStamps;
import de.koop.domain.shared.NetworkId;
import java.util.Objects;

/** A network's change stamp, as the stores keep it. */
public final class NetworkStampService implements NetworkStampQuery {

    private final NetworkStamps stamps;

    public NetworkStampService(NetworkStamps stamps) {
        this.stamps = Objects.requireNonNull(stamps);
    }

    @Override
    public long stampOf(NetworkId networkId) {
        return stamps.stampOf(networkId);
    }
}
