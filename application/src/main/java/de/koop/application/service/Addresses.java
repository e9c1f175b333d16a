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
        return contact(partnerId, person).flatMap(Person::email);
    }

    /** The contact whose address {@link #of} gives. */
    Optional<Person> contact(PartnerId partnerId, Optional<PersonId> person) {
        return partners.findById(partnerId).flatMap(partner -> contact(partner, person));
    }

    /** The network's coordination: its contact person, or the coordinating partner. */
    Optional<EmailAddress> coordination(Network network) {
        return network.getCoordination().flatMap(c -> of(c.partnerId(), Optional.of(c.contactPersonId())));
    }

    static Optional<EmailAddress> of(Partner partner, Optional<PersonId> person) {
        return contact(partner, person).flatMap(Person::email);
    }

    private static Optional<Person> contact(Partner partner, Optional<PersonId> person) {
        Optional<Person> own = person.flatMap(partner::contact).filter(p -> p.email().isPresent());
        return own.or(() -> partner.getContacts().stream().filter(p -> p.email().isPresent()).findFirst());
    }
}
