package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.PublicDirectory;
import de.koop.application.port.in.PublicDirectoryQuery;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.network.Network;
import de.koop.domain.partner.DirectoryEntry;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.util.Objects;

/** The public directory: what anonymous visitors may see of a network's partners. */
public final class PublicDirectoryService implements PublicDirectoryQuery {

    private final Networks networks;
    private final Partners partners;

    public PublicDirectoryService(Networks networks, Partners partners) {
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
    }

    @Override
    public PublicDirectory directory(NetworkId networkId, PageRequest request) {
        Network network = new Lookups(networks, partners).network(networkId);
        Page<Partner> published = partners.pagePublished(networkId, request);
        // the store pre-selects; the domain decides what of each partner may be shown
        Page<DirectoryEntry> entries = published.map(p -> p.directoryEntry().orElseThrow(
                () -> new IllegalStateException("store returned unpublished partner " + p.getId())));
        return new PublicDirectory(network.getId(), network.getName(), network.getShortName(), network.getRegion(),
                entries);
    }
}
