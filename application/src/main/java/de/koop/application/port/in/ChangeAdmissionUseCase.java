package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;

/** Closes a network to new partners, or reopens it for accession declarations. */
public interface ChangeAdmissionUseCase {

    /**
     * @throws NotFoundException when the network does not exist
     * @throws de.koop.domain.shared.RuleViolationException when it is already closed
     */
    @Command(Permission.COORDINATE)
    Network close(NetworkId networkId);

    /**
     * @throws NotFoundException when the network does not exist
     * @throws de.koop.domain.shared.RuleViolationException when it is already open
     */
    @Command(Permission.COORDINATE)
    Network reopen(NetworkId networkId);
}
