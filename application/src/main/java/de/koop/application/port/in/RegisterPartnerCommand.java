package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.shared.NetworkId;

/** Registers an organisation as a partner of a network. */
public record RegisterPartnerCommand(NetworkId networkId, PartnerData data) implements NetworkScoped {

    public RegisterPartnerCommand {
        Required.value(networkId, "networkId");
        Required.value(data, "data");
    }
}
