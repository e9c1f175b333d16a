package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.application.page.PageRequest;
import de.koop.domain.shared.NetworkId;

/** The public directory of a network, for anonymous visitors. */
public interface PublicDirectoryQuery {

    /**
     * Only partners that consented appear, and of them only what they consented to: the logo with
     * logo consent, the contacts with contacts consent.
     *
     * @throws NotFoundException when the network does not exist
     */
    @Query(Permission.ANYONE)
    PublicDirectory directory(NetworkId networkId, PageRequest request);
}
