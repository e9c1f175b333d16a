package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Obligations;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Obligations} in memory, for tests and demos. */
public final class InMemoryObligations implements Obligations {

    private final VersionedStore<ObligationId, Obligation> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Pflicht";
        }

        @Override
        public ObligationId id(Obligation obligation) {
            return obligation.getId();
        }

        @Override
        public long version(Obligation obligation) {
            return obligation.getVersion();
        }

        @Override
        public String name(Obligation obligation) {
            return obligation.getTitle();
        }

        @Override
        public Obligation copy(Obligation o, long version) {
            return Obligation.reconstitute(o.getId(), o.getNetworkId(), o.getAgreementId(), o.getTitle(),
                    o.getResponsible(), o.getRecipient().orElse(null), o.getRule(), o.getStartsOn(),
                    o.getEndsOn().orElse(null), o.getReminderDaysBefore(), o.getFulfilments(), version);
        }
    });

    @Override
    public Obligation save(Obligation obligation) {
        return store.save(obligation);
    }

    @Override
    public Optional<Obligation> findById(ObligationId id) {
        return store.findById(id);
    }

    @Override
    public List<Obligation> findAllById(Collection<ObligationId> ids) {
        return store.findAllById(ids);
    }

    @Override
    public List<Obligation> listByNetwork(NetworkId networkId) {
        return store.list(o -> o.getNetworkId().equals(networkId));
    }

    /** Forgets every obligation. */
    public void clear() {
        store.clear();
    }
}
