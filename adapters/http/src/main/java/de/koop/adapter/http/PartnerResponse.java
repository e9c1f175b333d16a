package de.koop.adapter.http;

import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.Person;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A partner as coordinators see it, contacts included; {@code version} goes back with the next change. */
@Serdeable
public record PartnerResponse(String id, String networkId, String name, Category category, Address address,
                              List<Contact> contacts, @Nullable String logoUrl, Consents consents,
                              @Nullable String noCommercialInterestDeclaredOn, long version) {

    /** A category code with its German name. */
    @Serdeable
    public record Category(String code, String label) {
        static Category from(PartnerCategory category) {
            return new Category(category.name(), category.label());
        }
    }

    @Serdeable
    public record Address(String street, String postalCode, String city) {
        static Address from(PostalAddress address) {
            return new Address(address.street(), address.postalCode(), address.city());
        }
    }

    @Serdeable
    public record Contact(String id, String name, @Nullable String function, @Nullable String phone,
                          @Nullable String email) {
        static Contact from(Person person) {
            return new Contact(person.id().toString(), person.name(), person.function().orElse(null),
                    person.phone().map(PhoneNumber::value).orElse(null),
                    person.email().map(EmailAddress::value).orElse(null));
        }
    }

    /** State ({@code NOT_GIVEN}, {@code GIVEN}, {@code WITHDRAWN}) and the date it took effect. */
    @Serdeable
    public record Consent(String state, @Nullable String since) {
        static Consent from(PublicationConsent consent) {
            return switch (consent) {
                case PublicationConsent.NotGiven n -> new Consent("NOT_GIVEN", null);
                case PublicationConsent.Given g -> new Consent("GIVEN", g.since().toString());
                case PublicationConsent.Withdrawn w -> new Consent("WITHDRAWN", w.since().toString());
            };
        }
    }

    @Serdeable
    public record Consents(Consent logo, Consent contacts) {
    }

    static PartnerResponse from(Partner partner) {
        return from(partner, false);
    }

    /** @param contactsHidden a former partner's contacts, shown to administrators only (rule 15) */
    static PartnerResponse from(Partner partner, boolean contactsHidden) {
        PartnerData data = partner.getData();
        return new PartnerResponse(partner.getId().toString(), partner.getNetworkId().toString(), data.name(),
                Category.from(data.category()), Address.from(data.address()),
                contactsHidden ? List.of() : partner.getContacts().stream().map(Contact::from).toList(),
                data.logo().map(LogoReference::url).orElse(null),
                new Consents(Consent.from(partner.getLogoConsent()), Consent.from(partner.getContactsConsent())),
                data.noCommercialInterestDeclaredOn().map(Object::toString).orElse(null),
                partner.getVersion());
    }
}
