package de.koop.application.port.in;

import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's master data as a coordinator enters it, for registration and for updates alike.
 *
 * @param noCommercialInterestDeclaredOn when the partner declared that it pursues no commercial
 *                                       self-interest in the network
 */
public record PartnerData(String name, PartnerCategory category, PostalAddress address,
                          List<ContactDetails> contacts, Optional<LogoReference> logo,
                          Optional<LocalDate> noCommercialInterestDeclaredOn) {

    public PartnerData {
        name = Text.required(name, "name", 200);
        if (category == null) {
            throw new InvalidValueException("category", "darf nicht leer sein");
        }
        if (address == null) {
            throw new InvalidValueException("address", "darf nicht leer sein");
        }
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(noCommercialInterestDeclaredOn, "noCommercialInterestDeclaredOn");
    }
}
