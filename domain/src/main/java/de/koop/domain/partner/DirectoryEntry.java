package de.koop.domain.partner;

import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PostalAddress;
import java.util.List;
import java.util.Optional;

/**
 * What the public directory shows of one partner: the organisation, and only the parts the partner
 * consented to publish (logo, contacts).
 */
public record DirectoryEntry(PartnerId partnerId, String name, PartnerCategory category, PostalAddress address,
                             Optional<LogoReference> logo, List<Person> contacts) {

    public DirectoryEntry {
        contacts = List.copyOf(contacts);
    }
}
