package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.network.Network;

/** Hands a network's coordination to one of its partners and a contact person there. */
public interface AssignCoordinationUseCase {

    /**
     * @throws NotFoundException when the network or the partner does not exist
     * @throws de.koop.domain.shared.RuleViolationException when the partner belongs to another network
     */
    @Command(Permission.COORDINATE)
    Network assignCoordination(AssignCoordinationCommand command);
}
