package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;

/** Reads networks. */
public interface FindNetworksQuery {

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    Network find(NetworkId networkId);

    /** All networks, ordered by name. */
    @Query(Permission.ADMINISTER)
    Page<Network> list(PageRequest request);
}
