package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.partner.Partner;

/** Records a partner's consent to publication (logo, contacts) and its withdrawal. */
public interface PublicationConsentUseCase {

    /**
     * @throws NotFoundException when the partner does not exist in that network
     * @throws de.koop.domain.shared.RuleViolationException when the consent is already given
     */
    @Command(Permission.COORDINATE)
    Partner give(PublicationConsentCommand command);

    /**
     * @throws NotFoundException when the partner does not exist in that network
     * @throws de.koop.domain.shared.RuleViolationException when there is no consent to withdraw
     */
    @Command(Permission.COORDINATE)
    Partner withdraw(PublicationConsentCommand command);
}
