package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Networks;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Networks} in memory, for tests and demos. */
public final class InMemoryNetworks implements Networks {

    private final VersionedStore<NetworkId, Network> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Netzwerk";
        }

        @Override
        public NetworkId id(Network network) {
            return network.getId();
        }

        @Override
        public long version(Network network) {
            return network.getVersion();
        }

        @Override
        public String name(Network network) {
            return network.getName();
        }

        @Override
        public Network copy(Network n, long version) {
            return Network.reconstitute(n.getId(), n.getName(), n.getShortName().orElse(null), n.getRegion(),
                    n.getGoals().orElse(null), n.getAdmission(), n.getCoordination().orElse(null), version);
        }
    });

    @Override
    public Network save(Network network) {
        return store.save(network);
    }

    @Override
    public Optional<Network> findById(NetworkId id) {
        return store.findById(id);
    }

    @Override
    public List<Network> findAllById(Collection<NetworkId> ids) {
        return store.findAllById(ids);
    }

    @Override
    public Page<Network> page(Optional<NameFilter> name, PageRequest request) {
        return store.page(n -> name.map(f -> f.matches(n.getName())).orElse(true), request);
    }

    /** Forgets every network. */
    public void clear() {
        store.clear();
    }
}
