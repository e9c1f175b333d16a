package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.application.usecase.Query;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;

/** Updates a partner's master data (name, category, address, contacts, logo). */
public interface UpdatePartnerUseCase {

    /**
     * @throws NotFoundException when the partner does not exist in that network
     * @throws de.koop.application.port.VersionConflictException when the partner changed since {@code expectedVersion}
     * @throws de.koop.domain.shared.RuleViolationException when the acting person may not change the partner
     *         (see {@link #checkChangeable})
     */
    @Command(Permission.COORDINATE)
    Partner update(UpdatePartnerCommand command);

    /**
     * Refuses as {@link #update} would when the acting person may not change the partner at all: a former
     * partner's contacts are shown to administrators only (rule 15), so nobody else may overwrite them
     * unseen. An adapter asks it before it reads the new data, so that this refusal comes first.
     *
     * @throws de.koop.domain.shared.RuleViolationException {@code former-partner-protected}
     */
    @Query(Permission.COORDINATE)
    void checkChangeable(NetworkId networkId, PartnerId partnerId);
}
