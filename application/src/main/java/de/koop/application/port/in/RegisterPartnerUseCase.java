package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.partner.Partner;

/** Registers a partner of a network; nothing of it is published until it consents. */
public interface RegisterPartnerUseCase {

    /** @throws NotFoundException when the network does not exist */
    @Command(Permission.COORDINATE)
    Partner register(RegisterPartnerCommand command);
}
