package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.NetworkStamps;
import de.koop.domain.shared.NetworkId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link NetworkStamps} in memory. */
public final class InMemoryNetworkStamps implements NetworkStamps {

    private final ConcurrentMap<NetworkId, Long> stamps = new ConcurrentHashMap<>();

    @Override
    public void changed(NetworkId networkId) {
        InMemoryTransactions.beforeWriting(stamps, networkId);
        stamps.merge(networkId, 1L, Long::sum);
    }

    @Override
    public long stampOf(NetworkId networkId) {
        return stamps.getOrDefault(networkId, 0L);
    }

    public void clear() {
        stamps.clear();
    }
}
