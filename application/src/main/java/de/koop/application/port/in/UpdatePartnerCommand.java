package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;

/** Replaces a partner's master data, based on the version the coordinator last saw. */
public record UpdatePartnerCommand(NetworkId networkId, PartnerId partnerId, long expectedVersion, PartnerData data)
        implements NetworkScoped {

    public UpdatePartnerCommand {
        Required.value(networkId, "networkId");
        Required.value(partnerId, "partnerId");
        Required.value(data, "data");
    }
}
