package de.koop.adapter.persistence.jdbc;

import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.Person;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.SortKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/**
 * Maps partners to a partner row plus contact rows, and back; rows become partners only through
 * {@link Partner#reconstitute}.
 */
@Mapper(imports = SortKey.class)
public interface PartnerRowMapper extends RowConversions {

    String NOT_GIVEN = "NOT_GIVEN";
    String GIVEN = "GIVEN";
    String WITHDRAWN = "WITHDRAWN";

    // the master data's components go to the columns of the same name
    @Mapping(target = ".", source = "data")
    @Mapping(target = "sortName", expression = "java(SortKey.of(partner.getName()))")
    @Mapping(target = "street", source = "data.address.street")
    @Mapping(target = "postalCode", source = "data.address.postalCode")
    @Mapping(target = "city", source = "data.address.city")
    @Mapping(target = "logoUrl", source = "data.logo")
    @Mapping(target = "logoConsentSince", source = "logoConsent")
    @Mapping(target = "contactsConsentSince", source = "contactsConsent")
    @Mapping(target = "published", expression = "java(partner.directoryEntry().isPresent())")
    @Mapping(target = "noCommercialInterestOn", source = "data.noCommercialInterestDeclaredOn")
    PartnerRow toRow(Partner partner);

    // by the canonical constructor (MapStruct would take the with-methods for setters), so that a new
    // component does not compile until its column is read here
    default PartnerData data(PartnerRow row) {
        return new PartnerData(row.name(), PartnerCategory.valueOf(row.category()),
                new PostalAddress(row.street(), row.postalCode(), row.city()),
                Optional.ofNullable(row.logoUrl()).map(LogoReference::new),
                Optional.ofNullable(row.noCommercialInterestOn()));
    }

    default String logoUrl(Optional<LogoReference> logo) {
        return logo.map(LogoReference::url).orElse(null);
    }

    @Mapping(target = "id", source = "person.id")
    @Mapping(target = "partnerId", source = "partnerId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "formerValues", expression = "java(lines(person.formerValues()))")
    PartnerContactRow toRow(Person person, String partnerId, int position);

    /** Former values are single-line texts: one per line, none as {@code null}. */
    default String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    default List<PartnerContactRow> contactRows(Partner partner) {
        List<PartnerContactRow> rows = new ArrayList<>();
        for (int i = 0; i < partner.getContacts().size(); i++) {
            rows.add(toRow(partner.getContacts().get(i), partner.getId().toString(), i));
        }
        return rows;
    }

    // MapStruct reads the contacts getter as a writable list; reconstitute has set them already
    @Mapping(target = "contacts", ignore = true)
    Partner toDomain(PartnerRow row, @Context List<PartnerContactRow> contacts);

    @ObjectFactory
    default Partner reconstitute(PartnerRow row, @Context List<PartnerContactRow> contacts) {
        List<Person> people = contacts.stream().map(this::toPerson).toList();
        return Partner.reconstitute(new PartnerId(UUID.fromString(row.id())),
                new NetworkId(UUID.fromString(row.networkId())), data(row), people,
                consent(row.logoConsent(), row.logoConsentSince()),
                consent(row.contactsConsent(), row.contactsConsentSince()), row.version());
    }

    default Person toPerson(PartnerContactRow row) {
        return new Person(new PersonId(UUID.fromString(row.id())), row.name(), Optional.ofNullable(row.function()),
                Optional.ofNullable(row.phone()).map(PhoneNumber::new),
                Optional.ofNullable(row.email()).map(EmailAddress::stored),
                row.formerValues() == null ? List.of() : List.of(row.formerValues().split("\n")));
    }

    default String consentState(PublicationConsent consent) {
        return switch (consent) {
            case PublicationConsent.NotGiven n -> NOT_GIVEN;
            case PublicationConsent.Given g -> GIVEN;
            case PublicationConsent.Withdrawn w -> WITHDRAWN;
        };
    }

    default LocalDate consentSince(PublicationConsent consent) {
        return switch (consent) {
            case PublicationConsent.NotGiven n -> null;
            case PublicationConsent.Given g -> g.since();
            case PublicationConsent.Withdrawn w -> w.since();
        };
    }

    default PublicationConsent consent(String state, LocalDate since) {
        return switch (state) {
            case GIVEN -> new PublicationConsent.Given(since);
            case WITHDRAWN -> new PublicationConsent.Withdrawn(since);
            default -> new PublicationConsent.NotGiven();
        };
    }

    default String category(PartnerCategory category) {
        return category.name();
    }

    default String phone(Optional<PhoneNumber> phone) {
        return phone.map(PhoneNumber::value).orElse(null);
    }

    default String email(Optional<EmailAddress> email) {
        return email.map(EmailAddress::value).orElse(null);
    }

}
