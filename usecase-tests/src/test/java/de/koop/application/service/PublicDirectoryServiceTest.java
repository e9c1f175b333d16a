package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PublicDirectory;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.network.Network;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import java.time.temporal.ChronoUnit;
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

    @Test
    void theAccessionFormsChoiceToPublishReachesTheDirectoryAndAFormerPartnerLeavesItWhenItsTerminationTakesEffect() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt");
        Partner care = koop.partner(network, "Pflegedienst Sonnenschein");
        Agreement agreement = koop.agreement(network, new TerminationRule.WithNotice(
                new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR), true), "2021-01-15", city);
        koop.declarationService.recordAccession(new RecordDeclarationUseCase.AccessionCommand(network.getId(),
                agreement.getId(), care.getId(), 1, new AccessionContact("Pflegedienst Sonnenschein", "Jana Vogel",
                new PhoneNumber("0341 301-7788"), new EmailAddress("jana.vogel@sonnenschein.example")), true, true,
                true, LocalDate.of(2021, 4, 10), UseCaseFixture.receipt("2021-04-12")));
        koop.declarationService.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                agreement.getId(), care.getId(), Optional.empty(), UseCaseFixture.receipt("2026-06-30")));

        PublicDirectory untilItTakesEffect = koop.directoryService.directory(network.getId(), PageRequest.first());
        koop.clock.setToday(LocalDate.of(2027, 1, 1));
        PublicDirectory afterwards = koop.directoryService.directory(network.getId(), PageRequest.first());

        assertThat(untilItTakesEffect.entries().items()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Pflegedienst Sonnenschein");
            assertThat(entry.logo()).isPresent();
            assertThat(entry.contacts()).hasSize(1);
        });
        assertThat(afterwards.entries().items()).isEmpty();
    }
}
