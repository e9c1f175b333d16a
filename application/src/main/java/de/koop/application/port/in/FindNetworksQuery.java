package de.koop.application.port.in;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;

/** Reads networks. */
public interface FindNetworksQuery {

    /** @throws NotFoundException when the network does not exist */
    Network find(NetworkId networkId);

    /** All networks, ordered by name. */
    Page<Network> list(PageRequest request);
}
