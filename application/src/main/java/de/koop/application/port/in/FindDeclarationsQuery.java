package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;

/** Reads the declarations recorded in a network. */
public interface FindDeclarationsQuery {

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    Page<Declaration> list(NetworkId networkId, PageRequest request);

    /** @throws NotFoundException when the declaration does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Declaration find(NetworkId networkId, DeclarationId declarationId);
}
