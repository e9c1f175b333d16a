package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.network.Network;

/** Registers a new cooperation network. */
public interface RegisterNetworkUseCase {

    /** @return the network as stored */
    @Command(Permission.ADMINISTER)
    Network register(RegisterNetworkCommand command);
}
