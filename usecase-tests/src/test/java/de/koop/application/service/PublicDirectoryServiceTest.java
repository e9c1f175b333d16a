package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PublicDirectory;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.DirectoryEntry;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 14: only partners who consented appear, with logo and contacts only as consented. */
class PublicDirectoryServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();

    private void consent(Network network, Partner partner, ConsentScope scope) {
        koop.partnerService.give(new PublicationConsentCommand(network.getId(), partner.getId(), scope,
                Optional.of(LocalDate.of(2024, 1, 15))));
    }

    @Test
    void showsOnlyConsentingPartnersAndOnlyWhatTheyConsentedTo() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner logo = koop.partner(network, "AOK PLUS");
        Partner contacts = koop.partner(network, "Klinikum St. Georg");
        Partner both = koop.partner(network, "Pflegedienst Sonnenschein");
        koop.partner(network, "Diakonie-Sozialstation");
        consent(network, logo, ConsentScope.LOGO);
        consent(network, contacts, ConsentScope.CONTACTS);
        consent(network, both, ConsentScope.LOGO);
        consent(network, both, ConsentScope.CONTACTS);

        PublicDirectory directory = koop.directoryService.directory(network.getId(), PageRequest.first());

        assertThat(directory.networkName()).isEqualTo("Leipziger Kooperation Pflege");
        assertThat(directory.entries().items()).extracting(DirectoryEntry::name)
                .containsExactly("AOK PLUS", "Klinikum St. Georg", "Pflegedienst Sonnenschein");
        DirectoryEntry logoOnly = directory.entries().items().get(0);
        assertThat(logoOnly.logo()).isPresent();
        assertThat(logoOnly.contacts()).isEmpty();
        DirectoryEntry contactsOnly = directory.entries().items().get(1);
        assertThat(contactsOnly.logo()).isEmpty();
        assertThat(contactsOnly.contacts()).hasSize(1);
        assertThat(directory.entries().items().get(2).contacts()).hasSize(1);
    }

    @Test
    void anUnknownNetworkHasNoDirectory() {
        assertThatThrownBy(() -> koop.directoryService.directory(NetworkId.newId(), PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
    }
}
