package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Bodies;
import de.koop.domain.governance.Body;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Bodies} in memory, for tests and demos. */
public final class InMemoryBodies implements Bodies {

    private final VersionedStore<BodyId, Body> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Gremium";
        }

        @Override
        public BodyId id(Body body) {
            return body.getId();
        }

        @Override
        public long version(Body body) {
            return body.getVersion();
        }

        @Override
        public String name(Body body) {
            return body.getName();
        }

        @Override
        public Body copy(Body b, long version) {
            return Body.reconstitute(b.getId(), b.getNetworkId(), b.getKind(), b.getName(), b.getParentId().orElse(null),
                    b.getEstablishedOn(), b.getTemporaryUntil().orElse(null), b.getCharter(), b.getSeats(), version);
        }
    });

    @Override
    public Body save(Body body) {
        return store.save(body);
    }

    @Override
    public Optional<Body> findById(BodyId id) {
        return store.findById(id);
    }

    @Override
    public List<Body> findAllById(Collection<BodyId> ids) {
        return store.findAllById(ids);
    }

    @Override
    public List<Body> listByNetwork(NetworkId networkId) {
        return store.list(b -> b.getNetworkId().equals(networkId));
    }

    /** Forgets every body. */
    public void clear() {
        store.clear();
    }
}
