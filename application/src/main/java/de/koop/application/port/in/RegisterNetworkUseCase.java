package de.koop.application.port.in;

import de.koop.domain.network.Network;

/** Registers a new cooperation network. */
public interface RegisterNetworkUseCase {

    /** @return the network as stored */
    Network register(RegisterNetworkCommand command);
}
