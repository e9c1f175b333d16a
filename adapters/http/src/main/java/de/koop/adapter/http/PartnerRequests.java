package de.koop.adapter.http;

import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.Text;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The bodies coordinators send about partners; read strictly from JSON by {@link JsonBody}. */
final class PartnerRequests {

    private PartnerRequests() {
    }

    /**
     * A partner's master data. {@code version} is required for an update and ignored on registration.
     * {@code noCommercialInterestDeclaredOn} is the date of the partner's declaration that it pursues
     * no commercial self-interest in the network.
     */
    record Partner(String name, String category, Address address, @Nullable List<Contact> contacts,
                   @Nullable String logoUrl, @Nullable String noCommercialInterestDeclaredOn, @Nullable Long version) {
        static Partner read(JsonBody body) {
            JsonBody address = body.object("address");
            return new Partner(body.string("name"), body.string("category"),
                    address == null ? null : Address.read(address),
                    body.objects("contacts").stream().map(Contact::read).toList(), body.string("logoUrl"),
                    body.string("noCommercialInterestDeclaredOn"), body.integer("version"));
        }

        /**
         * The command this body asks for, made of its master data and contacts; every field that is
         * wrong is reported at once, as a 400 naming it.
         */
        <C> C command(Fields fields, BiFunction<PartnerData, List<ContactDetails>, C> command) {
            List<ContactDetails> people = new ArrayList<>();
            for (Contact contact : contacts) {
                people.add(contact.details(fields));
            }
            String checkedName = fields.value("name", () -> Text.required(name, "name", 200));
            PartnerCategory checkedCategory = fields.value("category", () -> PartnerCategory.fromCode(category, "category"));
            PostalAddress checkedAddress = address == null ? fields.required("address", null)
                    : fields.value("address", () -> new PostalAddress(address.street(), address.postalCode(),
                            address.city()));
            LogoReference logo = blank(logoUrl) ? null : fields.value("logoUrl", () -> new LogoReference(logoUrl));
            LocalDate declaredOn = fields.date("noCommercialInterestDeclaredOn", noCommercialInterestDeclaredOn);
            fields.throwIfInvalid();
            return command.apply(PartnerData.of(checkedName, checkedCategory, checkedAddress).withLogo(logo)
                    .withNoCommercialInterestDeclaredOn(declaredOn), people);
        }
    }

    record Address(String street, String postalCode, String city) {
        static Address read(JsonBody body) {
            return new Address(body.string("street"), body.string("postalCode"), body.string("city"));
        }
    }

    /** A contact person; with {@code id} to keep an existing one, without to add a new one. */
    record Contact(@Schema(hidden = true) String path, @Nullable String id, String name, @Nullable String function,
                   @Nullable String phone, @Nullable String email) {
        static Contact read(JsonBody body) {
            return new Contact(body.path(), body.string("id"), body.string("name"), body.string("function"),
                    body.string("phone"), body.string("email"));
        }

        ContactDetails details(Fields fields) {
            PersonId personId = id == null ? null : fields.value(path, () -> PersonId.parse(id, "id"));
            PhoneNumber phoneNumber = blank(phone) ? null : fields.value(path, () -> new PhoneNumber(phone));
            EmailAddress address = blank(email) ? null : fields.value(path, () -> new EmailAddress(email));
            return fields.value(path, () -> new ContactDetails(Optional.ofNullable(personId), name,
                    Optional.ofNullable(function), Optional.ofNullable(phoneNumber), Optional.ofNullable(address)));
        }
    }

    /** The date of the written consent or withdrawal; today when absent. */
    record Consent(@Nullable String on) {
        static Consent read(JsonBody body) {
            return new Consent(body.string("on"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
