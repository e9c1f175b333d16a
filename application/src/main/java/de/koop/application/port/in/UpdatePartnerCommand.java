package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.util.List;

/** Replaces a partner's master data and contacts, based on the version the coordinator last saw. */
public record UpdatePartnerCommand(NetworkId networkId, PartnerId partnerId, long expectedVersion, PartnerData data,
                                   List<ContactDetails> contacts) implements NetworkScoped {

    public UpdatePartnerCommand {
        Required.present(networkId, "networkId");
        Required.present(partnerId, "partnerId");
        Required.present(data, "data");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
