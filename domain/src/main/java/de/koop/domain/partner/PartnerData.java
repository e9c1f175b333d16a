package de.koop.domain.partner;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a partner is, as a coordinator enters it (Stammdaten): what registration sets, an update
 * replaces and a store keeps. Its contact persons are kept apart, as each of them has an identity of
 * its own; its consents to publication are changed only by their own acts.
 *
 * <p>Build it with {@link #of} and the {@code with…} methods: a new optional field is then one
 * component, one check and one {@code with…} method here, and nothing changes for those who do not
 * set it.
 *
 * @param noCommercialInterestDeclaredOn when the partner declared that it pursues no commercial
 *                                       self-interest in the network
 */
public record PartnerData(String name, PartnerCategory category, PostalAddress address, Optional<LogoReference> logo,
                          Optional<LocalDate> noCommercialInterestDeclaredOn) {

    public PartnerData {
        name = Text.required(name, "name", 200);
        if (category == null) {
            throw new InvalidValueException("category", "darf nicht leer sein");
        }
        if (address == null) {
            throw new InvalidValueException("address", "darf nicht leer sein");
        }
        logo = Objects.requireNonNullElse(logo, Optional.empty());
        noCommercialInterestDeclaredOn = Objects.requireNonNullElse(noCommercialInterestDeclaredOn, Optional.empty());
    }

    /** What every partner has: a name, a category and an address; everything else is absent. */
    public static PartnerData of(String name, PartnerCategory category, PostalAddress address) {
        return new PartnerData(name, category, address, Optional.empty(), Optional.empty());
    }

    public PartnerData withName(String newName) {
        return new PartnerData(newName, category, address, logo, noCommercialInterestDeclaredOn);
    }

    public PartnerData withCategory(PartnerCategory newCategory) {
        return new PartnerData(name, newCategory, address, logo, noCommercialInterestDeclaredOn);
    }

    public PartnerData withAddress(PostalAddress newAddress) {
        return new PartnerData(name, category, newAddress, logo, noCommercialInterestDeclaredOn);
    }

    /** @param newLogo the logo, or {@code null} for none */
    public PartnerData withLogo(LogoReference newLogo) {
        return new PartnerData(name, category, address, Optional.ofNullable(newLogo), noCommercialInterestDeclaredOn);
    }

    /** @param declaredOn the day of the declaration, or {@code null} if there is none yet */
    public PartnerData withNoCommercialInterestDeclaredOn(LocalDate declaredOn) {
        return new PartnerData(name, category, address, logo, Optional.ofNullable(declaredOn));
    }
}
