package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** The bodies coordinators send about partners; read strictly by {@link RequestReader}. */
final class PartnerRequests {

    private PartnerRequests() {
    }

    /**
     * A partner's master data, as registered and as replaced. {@code noCommercialInterestDeclaredOn} is
     * the date of the partner's declaration that it pursues no commercial self-interest in the network.
     */
    interface MasterData {

        String name();

        PartnerCategory category();

        Address address();

        List<Contact> contacts();

        String logoUrl();

        LocalDate noCommercialInterestDeclaredOn();

        /**
         * The command this body asks for, made of its master data and contacts; every field the domain
         * refuses is reported at once, as a 400 naming it.
         */
        default <C> C command(BiFunction<PartnerData, List<ContactDetails>, C> command) {
            Fields fields = new Fields();
            List<ContactDetails> people = new ArrayList<>();
            for (int i = 0; i < contacts().size(); i++) {
                people.add(contacts().get(i).details(fields, "contacts[" + i + "]"));
            }
            String checkedName = fields.value("", () -> Text.required(name(), "name", 200));
            PostalAddress checkedAddress = fields.value("address", () -> new PostalAddress(address().street(),
                    address().postalCode(), address().city()));
            LogoReference logo = blank(logoUrl()) ? null : fields.value("", () -> new LogoReference(logoUrl()));
            fields.throwIfInvalid();
            return command.apply(PartnerData.of(checkedName, category(), checkedAddress).withLogo(logo)
                    .withNoCommercialInterestDeclaredOn(noCommercialInterestDeclaredOn()), people);
        }
    }

    /** A new partner's master data and contact persons. */
    @Schema(name = "PartnerRegistration", additionalProperties = FALSE)
    record Registration(@Size(max = 200) String name, PartnerCategory category, Address address,
                        @Nullable List<Contact> contacts, @Nullable @Size(max = 500) String logoUrl,
                        @Nullable LocalDate noCommercialInterestDeclaredOn) implements MasterData {
    }

    /** A partner's master data and contact persons replaced, based on the {@code version} last read. */
    @Schema(name = "PartnerUpdate", additionalProperties = FALSE)
    record Update(@Size(max = 200) String name, PartnerCategory category, Address address,
                  @Nullable List<Contact> contacts, @Nullable @Size(max = 500) String logoUrl,
                  @Nullable LocalDate noCommercialInterestDeclaredOn, long version) implements MasterData {
    }

    /** A postal address in Germany. */
    @Schema(name = "PostalAddress", additionalProperties = FALSE)
    record Address(@Size(max = 200) String street, @Size(max = 15) String postalCode, @Size(max = 100) String city) {
    }

    /** A contact person; with {@code id} to keep an existing one, without to add a new one. */
    @Schema(name = "ContactPerson", additionalProperties = FALSE)
    record Contact(@Nullable UUID id, @Size(max = 200) String name, @Nullable @Size(max = 200) String function,
                   @Nullable String phone, @Nullable @Email String email) {

        ContactDetails details(Fields fields, String path) {
            PhoneNumber phoneNumber = blank(phone) ? null : fields.value(path, () -> new PhoneNumber(phone));
            EmailAddress address = blank(email) ? null : fields.value(path, () -> new EmailAddress(email));
            return fields.value(path, () -> new ContactDetails(Optional.ofNullable(id).map(PersonId::new), name,
                    Optional.ofNullable(function), Optional.ofNullable(phoneNumber), Optional.ofNullable(address)));
        }
    }

    /** Blank counts as absent, as it does for the domain's optional texts. */
    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The date of the written consent; today when absent. */
    @Schema(name = "ConsentDate", additionalProperties = FALSE)
    record Consent(@Nullable LocalDate on) {
    }
}
