package de.koop.application.port.in;

import de.koop.domain.partner.Partner;

/** Registers a partner of a network; nothing of it is published until it consents. */
public interface RegisterPartnerUseCase {

    /** @throws NotFoundException when the network does not exist */
    Partner register(RegisterPartnerCommand command);
}
