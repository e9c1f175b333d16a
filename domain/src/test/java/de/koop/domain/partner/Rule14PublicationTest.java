package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 14: only partners who consented appear in the public directory, and only with the logo and
 * the contacts they consented to publish.
 */
class Rule14PublicationTest {

    private static final PostalAddress ADDRESS = new PostalAddress("Prager Straße 21", "04103", "Leipzig");
    private static final LogoReference LOGO = new LogoReference("https://www.leipzig.de/logo.png");
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    private final PartnerId id = PartnerId.newId();
    private final Partner partner = Partner.create(id, NetworkId.newId(), PartnerData.of("Sozialamt Leipzig",
            PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO).withNoCommercialInterestDeclaredOn(MAY_1),
            List.of(new ContactDetails(Optional.empty(), "Anna Schmidt", Optional.of("Koordinatorin"),
                    Optional.of(new PhoneNumber("0341 123-4567")), Optional.of(new EmailAddress("anna@leipzig.de")))));

    @Test
    void aNewPartnerWithoutAnyConsentIsNotInTheDirectory() {
        assertThat(partner.directoryEntry()).isEmpty();
    }

    @Test
    void withOnlyLogoConsentTheEntryShowsTheLogoAndNoContacts() {
        partner.giveConsent(ConsentScope.LOGO, MAY_1);

        DirectoryEntry entry = partner.directoryEntry().orElseThrow();

        assertThat(entry.logo()).contains(LOGO);
        assertThat(entry.contacts()).isEmpty();
    }

    @Test
    void withOnlyContactsConsentTheEntryShowsTheContactsAndNoLogo() {
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);

        DirectoryEntry entry = partner.directoryEntry().orElseThrow();

        assertThat(entry.contacts()).isEqualTo(partner.getContacts()).extracting(Person::name)
                .containsExactly("Anna Schmidt");
        assertThat(entry.logo()).isEmpty();
    }

    @Test
    void withBothConsentsTheEntryShowsOrganisationLogoAndContacts() {
        partner.giveConsent(ConsentScope.LOGO, MAY_1);
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);

        DirectoryEntry entry = partner.directoryEntry().orElseThrow();

        assertThat(entry.partnerId()).isEqualTo(id);
        assertThat(entry.name()).isEqualTo("Sozialamt Leipzig");
        assertThat(entry.category()).isEqualTo(PartnerCategory.CITY_ADMINISTRATION);
        assertThat(entry.address()).isEqualTo(ADDRESS);
        assertThat(entry.logo()).contains(LOGO);
        assertThat(entry.contacts()).hasSize(1);
    }

    @Test
    void afterWithdrawingTheOnlyConsentThePartnerDisappearsFromTheDirectory() {
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);
        partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusDays(30));

        assertThat(partner.directoryEntry()).isEmpty();
    }

    @Test
    void afterWithdrawingBothConsentsThePartnerDisappearsFromTheDirectory() {
        partner.giveConsent(ConsentScope.LOGO, MAY_1);
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);
        partner.withdrawConsent(ConsentScope.LOGO, MAY_1.plusDays(1));
        partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusDays(1));

        assertThat(partner.directoryEntry()).isEmpty();
    }

    @Test
    void withdrawingTheContactsConsentRemovesTheContactsButKeepsTheLogo() {
        partner.giveConsent(ConsentScope.LOGO, MAY_1);
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);

        partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusDays(1));

        DirectoryEntry entry = partner.directoryEntry().orElseThrow();
        assertThat(entry.contacts()).isEmpty();
        assertThat(entry.logo()).contains(LOGO);
    }

    @Test
    void logoConsentWithoutAStoredLogoListsThePartnerWithoutLogo() {
        partner.update(PartnerData.of("Sozialamt Leipzig", PartnerCategory.CITY_ADMINISTRATION, ADDRESS)
                .withNoCommercialInterestDeclaredOn(MAY_1), List.of());
        partner.giveConsent(ConsentScope.LOGO, MAY_1);

        DirectoryEntry entry = partner.directoryEntry().orElseThrow();

        assertThat(entry.logo()).isEmpty();
        assertThat(entry.contacts()).isEmpty();
    }

    @Test
    void theEntryShowsTheContactsAsTheyAreAfterAnUpdate() {
        partner.giveConsent(ConsentScope.CONTACTS, MAY_1);

        partner.update(PartnerData.of("Sozialamt Leipzig", PartnerCategory.CITY_ADMINISTRATION, ADDRESS)
                .withLogo(LOGO).withNoCommercialInterestDeclaredOn(MAY_1),
                List.of(new ContactDetails(Optional.empty(), "Ben Wolf", Optional.empty(), Optional.empty(),
                        Optional.empty())));

        assertThat(partner.directoryEntry().orElseThrow().contacts()).extracting(Person::name)
                .containsExactly("Ben Wolf");
    }
}
