package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Agreements;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Agreements} in memory, for tests and demos. */
public final class InMemoryAgreements implements Agreements {

    private final VersionedStore<AgreementId, Agreement> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Vereinbarung";
        }

        @Override
        public AgreementId id(Agreement agreement) {
            return agreement.getId();
        }

        @Override
        public long version(Agreement agreement) {
            return agreement.getVersion();
        }

        @Override
        public String name(Agreement agreement) {
            return agreement.getTitle();
        }

        @Override
        public Agreement copy(Agreement a, long version) {
            return Agreement.reconstitute(a.getId(), a.getNetworkId(), a.getKind(), a.getTitle(),
                    a.getLegalBasis().orElse(null), a.getParties(), a.getAnnexes(), a.getTerm(),
                    a.getTerminationRule(), a.isSuccessorRequired(), a.getVersions(), a.getReviews(), version);
        }
    });

    @Override
    public Agreement save(Agreement agreement) {
        return store.save(agreement);
    }

    @Override
    public Optional<Agreement> findById(AgreementId id) {
        return store.findById(id);
    }

    @Override
    public List<Agreement> findAllById(Collection<AgreementId> ids) {
        return store.findAllById(ids);
    }

    @Override
    public List<Agreement> listByNetwork(NetworkId networkId) {
        return store.list(a -> a.getNetworkId().equals(networkId));
    }

    /** Forgets every agreement. */
    public void clear() {
        store.clear();
    }
}
