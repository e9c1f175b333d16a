package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.PublicDirectory;
import de.koop.application.port.in.PublicDirectoryQuery;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.network.Network;
import de.koop.domain.partner.DirectoryEntry;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** The public directory: what anonymous visitors may see of a network's partners (rules 14, 15). */
public final class PublicDirectoryService implements PublicDirectoryQuery {

    private final Networks networks;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Clock clock;

    public PublicDirectoryService(Networks networks, Partners partners, Agreements agreements,
                                  Declarations declarations, Clock clock) {
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PublicDirectory directory(NetworkId networkId, PageRequest request) {
        Network network = new InNetwork(networks, partners).network(networkId);
        Page<Partner> published = partners.pagePublished(networkId,
                FormerPartners.of(agreements, declarations, networkId, LocalDate.now(clock)), request);
        // the store pre-selects; the domain decides what of each partner may be shown
        Page<DirectoryEntry> entries = published.map(p -> p.directoryEntry().orElseThrow(
                () -> new IllegalStateException("store returned unpublished partner " + p.getId())));
        return new PublicDirectory(network.getId(), network.getName(), network.getShortName(), network.getRegion(),
                entries);
    }
}
