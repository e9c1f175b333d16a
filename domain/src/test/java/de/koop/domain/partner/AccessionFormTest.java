package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 1: the accession form says what may be published and declares no commercial self-interest. */
class AccessionFormTest {

    private static Partner partner() {
        return Partner.create(PartnerId.newId(), NetworkId.newId(), PartnerData.of("Pflegedienst Sonnenschein",
                PartnerCategory.SERVICE_PROVIDER, new PostalAddress("Karl-Liebknecht-Straße 52", "04275", "Leipzig"))
                .withLogo(new LogoReference("https://sonnenschein.example/logo.png")), List.of());
    }

    @Test
    void givesTheConsentsTheFormGrantsAndRecordsTheDeclarationOnTheDayOfSigning() {
        Partner partner = partner();

        partner.acceptAccessionForm(true, false, LocalDate.of(2025, 3, 1));

        assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Given(LocalDate.of(2025, 3, 1)));
        assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.NotGiven());
        assertThat(partner.getData().noCommercialInterestDeclaredOn()).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void withdrawsAnEarlierConsentTheFormNoLongerGrantsAndKeepsAnEarlierDeclaration() {
        Partner partner = partner();
        partner.giveConsent(ConsentScope.CONTACTS, LocalDate.of(2024, 1, 1));
        partner.acceptAccessionForm(false, false, LocalDate.of(2025, 3, 1));
        partner.acceptAccessionForm(false, false, LocalDate.of(2026, 3, 1));

        assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.Withdrawn(LocalDate.of(2025, 3, 1)));
        assertThat(partner.getData().noCommercialInterestDeclaredOn()).contains(LocalDate.of(2025, 3, 1));
        assertThat(partner.directoryEntry()).isEmpty();
    }
}
