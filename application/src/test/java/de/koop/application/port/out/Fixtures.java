package de.koop.application.port.out;

import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Realistic aggregates for the contract tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Network network(String name) {
        return Network.create(NetworkId.newId(), name, null, "Stadt Leipzig", null, Admission.OPEN);
    }

    public static Network leipzig() {
        return Network.create(NetworkId.newId(), "Leipziger Kooperation Pflege", "LeiKoP", "Stadt Leipzig",
                "Vorhandene Leistungsangebote erfassen.\nBeratung wohnortnah initiieren.", Admission.OPEN);
    }

    public static ContactDetails contact(String name, String email) {
        return new ContactDetails(Optional.empty(), name, Optional.of("Koordination"),
                Optional.of(new PhoneNumber("0341 123-4567")), Optional.ofNullable(email).map(EmailAddress::new));
    }

    public static Partner partner(NetworkId networkId, String name, PartnerCategory category) {
        return Partner.create(PartnerId.newId(), networkId, name, category,
                new PostalAddress("Prager Straße 21", "04103", "Leipzig"),
                List.of(contact("Anna Schmidt", "anna.schmidt@example.org"), contact("Jonas Weber", null)),
                new LogoReference("https://example.org/logo.png"), LocalDate.of(2024, 3, 1));
    }
}
