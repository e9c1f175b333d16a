package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Required;
import java.util.List;

/** Registers an organisation as a partner of a network, with its contact persons. */
public record RegisterPartnerCommand(NetworkId networkId, PartnerData data, List<ContactDetails> contacts)
        implements NetworkScoped {

    public RegisterPartnerCommand {
        Required.present(networkId, "networkId");
        Required.present(data, "data");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
