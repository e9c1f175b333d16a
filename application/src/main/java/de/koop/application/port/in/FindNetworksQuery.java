package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.page.NameFilter;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.util.Optional;

/** Reads networks. */
public interface FindNetworksQuery {

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    Network find(NetworkId networkId);

    /**
     * All networks ordered by name, or only those whose name contains the filter's text ({@link NameFilter}:
     * case, accents and punctuation do not count).
     */
    @Query(Permission.ADMINISTER)
    Page<Network> list(Optional<NameFilter> name, PageRequest request);

    /** All networks, ordered by name. */
    default Page<Network> list(PageRequest request) {
        return list(Optional.empty(), request);
    }
}
