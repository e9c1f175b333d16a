package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Partners;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Partners} in memory, for tests and demos. */
public final class InMemoryPartners implements Partners {

    private final VersionedStore<PartnerId, Partner> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Partner";
        }

        @Override
        public PartnerId id(Partner partner) {
            return partner.getId();
        }

        @Override
        public long version(Partner partner) {
            return partner.getVersion();
        }

        @Override
        public String name(Partner partner) {
            return partner.getName();
        }

        @Override
        public Partner copy(Partner p, long version) {
            return Partner.reconstitute(p.getId(), p.getNetworkId(), p.getData(), p.getContacts(), p.getLogoConsent(),
                    p.getContactsConsent(), version);
        }
    });

    @Override
    public Partner save(Partner partner) {
        return store.save(partner);
    }

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return store.findById(id);
    }

    @Override
    public List<Partner> findAllById(Collection<PartnerId> ids) {
        return store.findAllById(ids);
    }

    @Override
    public Page<Partner> page(NetworkId networkId, Optional<PartnerCategory> category, Optional<NameFilter> name,
                              PageRequest request) {
        return store.page(p -> p.getNetworkId().equals(networkId)
                && category.map(c -> c == p.getCategory()).orElse(true)
                && name.map(n -> n.matches(p.getName())).orElse(true), request);
    }

    @Override
    public Page<Partner> pagePublished(NetworkId networkId, Set<PartnerId> excluded, PageRequest request) {
        return store.page(p -> p.getNetworkId().equals(networkId) && p.directoryEntry().isPresent()
                && !excluded.contains(p.getId()), request);
    }

    /** Forgets every partner. */
    public void clear() {
        store.clear();
    }
}
