package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Objects;

/** Replaces a partner's master data, based on the version the coordinator last saw. */
public record UpdatePartnerCommand(NetworkId networkId, PartnerId partnerId, long expectedVersion, PartnerData data)
        implements NetworkScoped {

    public UpdatePartnerCommand {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(data, "data");
    }
}
