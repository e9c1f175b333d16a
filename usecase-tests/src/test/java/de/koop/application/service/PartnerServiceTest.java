package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.change.Change;
import de.koop.application.page.NameFilter;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();

    @Test
    void aPartnerCannotBeRegisteredInANetworkThatDoesNotExist() {
        assertThatThrownBy(() -> koop.partnerService.register(new RegisterPartnerCommand(NetworkId.newId(),
                UseCaseFixture.data("Pflegedienst Sonnenschein"), UseCaseFixture.contacts()))).isInstanceOf(NotFoundException.class);
        assertThat(koop.partners.page(NetworkId.newId(), Optional.empty(), Optional.empty(), PageRequest.first()).totalItems()).isZero();
    }

    @Test
    void listsANetworksPartnersWhoseNameContainsATextWhateverItsCase() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Network other = koop.network("Anderes Netzwerk");
        koop.partner(network, "Pflegedienst Sonnenschein");
        koop.partner(network, "Klinikum St. Georg");
        koop.partner(network, "Ambulante Pflege Grünau");
        koop.partner(other, "Pflegeheim im anderen Netzwerk");

        assertThat(koop.partnerService.list(network.getId(), Optional.empty(), Optional.of(new NameFilter("PFLEGE")),
                PageRequest.first()).items()).extracting(Partner::getName)
                .containsExactly("Ambulante Pflege Grünau", "Pflegedienst Sonnenschein");
        assertThat(koop.partnerService.list(network.getId(), Optional.empty(), PageRequest.first()).totalItems())
                .isEqualTo(3);
        assertThatThrownBy(() -> koop.partnerService.list(NetworkId.newId(), Optional.empty(),
                Optional.of(new NameFilter("Pflege")), PageRequest.first())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void registeringIsOfferedOnlyInANetworkThatExists() {
        Network network = koop.network("Leipziger Kooperation Pflege");

        koop.partnerService.checkRegistrable(network.getId());
        assertThatThrownBy(() -> koop.partnerService.checkRegistrable(NetworkId.newId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(koop.recorded).containsExactly(Change.of(network));
    }

    @Test
    void aPartnerIsNotFoundThroughAnotherNetwork() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Network other = koop.network("Anderes Netzwerk");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");

        assertThatThrownBy(() -> koop.partnerService.find(other.getId(), partner.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(koop.partnerService.find(network.getId(), partner.getId()).getName())
                .isEqualTo("Pflegedienst Sonnenschein");
    }

    @Test
    void registeringAndUpdatingAPartnerRecordTheirChangesInItsNetwork() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        koop.partnerService.update(new UpdatePartnerCommand(network.getId(), partner.getId(), 0,
                UseCaseFixture.data("Pflegedienst Sonnenschein gGmbH"), UseCaseFixture.contacts()));

        assertThat(koop.recorded).containsExactly(Change.of(network), Change.of(partner), Change.of(partner));
        assertThat(koop.recorded.getLast().networkId()).contains(network.getId());
    }

    @Test
    void anUpdateOnAStaleVersionIsRefused() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        koop.partnerService.update(new UpdatePartnerCommand(network.getId(), partner.getId(), 0,
                UseCaseFixture.data("Pflegedienst Sonnenschein gGmbH"), UseCaseFixture.contacts()));

        assertThatThrownBy(() -> koop.partnerService.update(new UpdatePartnerCommand(network.getId(), partner.getId(),
                0, UseCaseFixture.data("Veraltet"), UseCaseFixture.contacts()))).isInstanceOf(VersionConflictException.class);
        assertThat(koop.partnerService.find(network.getId(), partner.getId()).getName())
                .isEqualTo("Pflegedienst Sonnenschein gGmbH");
    }

    @Test
    void aConsentWithoutDateIsDatedTodayInGermany() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");

        Partner consented = koop.partnerService.give(new PublicationConsentCommand(network.getId(), partner.getId(),
                ConsentScope.LOGO, Optional.empty()));

        assertThat(consented.getLogoConsent()).isEqualTo(new PublicationConsent.Given(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aWithdrawalIsStoredWithItsDate() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        koop.partnerService.give(new PublicationConsentCommand(network.getId(), partner.getId(), ConsentScope.CONTACTS,
                Optional.of(LocalDate.of(2024, 1, 15))));

        koop.partnerService.withdraw(new PublicationConsentCommand(network.getId(), partner.getId(),
                ConsentScope.CONTACTS, Optional.of(LocalDate.of(2025, 6, 30))));

        assertThat(koop.partnerService.find(network.getId(), partner.getId()).getContactsConsent())
                .isEqualTo(new PublicationConsent.Withdrawn(LocalDate.of(2025, 6, 30)));
    }
}
