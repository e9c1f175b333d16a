package de.koop.application.port.in;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;

/** Reads the declarations recorded in a network. */
public interface FindDeclarationsQuery {

    /** @throws NotFoundException when the network does not exist */
    Page<Declaration> list(NetworkId networkId, PageRequest request);

    /** @throws NotFoundException when the declaration does not exist in that network */
    Declaration find(NetworkId networkId, DeclarationId declarationId);
}
