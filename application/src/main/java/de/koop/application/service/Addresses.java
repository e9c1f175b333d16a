package de.koop.application.service;

import de.koop.application.port.out.Partners;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.util.Optional;

/**
 * Where koop's mail reaches a partner: the named person's address if that person is a contact of the
 * partner and has one, otherwise the partner's first contact with an address.
 */
final class Addresses {

    private final Partners partners;

    Addresses(Partners partners) {
        this.partners = partners;
    }

    Optional<EmailAddress> of(PartnerId partnerId, Optional<PersonId> person) {
        return partners.findById(partnerId).flatMap(partner -> of(partner, person));
    }

    /** The network's coordination: its contact person, or the coordinating partner. */
    Optional<EmailAddress> coordination(Network network) {
        return network.getCoordination().flatMap(c -> of(c.partnerId(), Optional.of(c.contactPersonId())));
    }

    static Optional<EmailAddress> of(Partner partner, Optional<PersonId> person) {
        Optional<EmailAddress> own = person.flatMap(partner::contact).flatMap(Person::email);
        return own.or(() -> partner.getContacts().stream().flatMap(p -> p.email().stream()).findFirst());
    }
}
