package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.application.usecase.Query;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;

/** Registers a partner of a network; nothing of it is published until it consents. */
public interface RegisterPartnerUseCase {

    /** @throws NotFoundException when the network does not exist */
    @Command(Permission.COORDINATE)
    Partner register(RegisterPartnerCommand command);

    /**
     * Refuses as {@link #register} would when the acting person may not register partners in the network.
     * An adapter asks it before it offers the form for a new partner, so that nobody fills in a form only to
     * be refused, and to know whether to offer it at all.
     *
     * @throws NotFoundException when the network does not exist
     * @throws de.koop.application.access.ForbiddenException when the acting person may not register partners
     */
    @Query(Permission.COORDINATE)
    void checkRegistrable(NetworkId networkId);
}
