package de.koop.application.port.in;

import de.koop.domain.partner.Partner;

/** Updates a partner's master data (name, category, address, contacts, logo). */
public interface UpdatePartnerUseCase {

    /**
     * @throws NotFoundException when the partner does not exist in that network
     * @throws de.koop.application.port.VersionConflictException when the partner changed since {@code expectedVersion}
     */
    Partner update(UpdatePartnerCommand command);
}
