package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.PublicRecords;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What of a network is public (rules 14 and 15), as the OParl API serves it: partners as far as they
 * consented, with when each record was written, and the bodies and meetings of open networks.
 */
class PublicRecordsServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final UseCaseFixture koop = new UseCaseFixture();
    private final PublicRecordsService records = koop.publicRecordsService;
    private final Network network = koop.network("Leipziger Kooperation Pflege");

    private void consent(Partner partner, ConsentScope scope) {
        koop.partnerService.give(new PublicationConsentCommand(network.getId(), partner.getId(), scope,
                Optional.of(LocalDate.of(2024, 1, 15))));
    }

    private void withdraw(Partner partner, ConsentScope scope) {
        koop.partnerService.withdraw(new PublicationConsentCommand(network.getId(), partner.getId(), scope,
                Optional.of(LocalDate.of(2025, 6, 30))));
    }

    @Test
    void aConsentingPartnerIsPublishedWithTheContactsItAllowsAndASilentOneNotAtAll() {
        Partner consenting = koop.partner(network, "Pflegedienst Sonnenschein");
        Partner logoOnly = koop.partner(network, "AOK PLUS");
        koop.partner(network, "Stiller Partner");
        consent(consenting, ConsentScope.LOGO);
        consent(consenting, ConsentScope.CONTACTS);
        consent(logoOnly, ConsentScope.LOGO);

        PublicRecords published = records.of(network.getId(), TODAY);

        assertThat(published.partners()).extracting(p -> p.partner().getName())
                .containsExactlyInAnyOrder("Pflegedienst Sonnenschein", "AOK PLUS");
        assertThat(published.partners()).filteredOn(p -> p.partner().getId().equals(consenting.getId()))
                .singleElement().satisfies(p -> assertThat(p.people()).extracting(Person::name).containsExactly("Jana Vogel"));
        assertThat(published.partners()).filteredOn(p -> p.partner().getId().equals(logoOnly.getId()))
                .singleElement().satisfies(p -> assertThat(p.people()).isEmpty());
        assertThat(published.depublished()).isEmpty();
        assertThat(records.networks()).containsExactly(network.getId());
        assertThat(records.networkOfPartner(consenting.getId())).contains(network.getId());
    }

    @Test
    void eachRecordCarriesWhenItWasCreatedAndLastChanged() {
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        koop.clock.advance(Duration.ofHours(2));
        consent(partner, ConsentScope.LOGO);

        PublicRecords.PublishedPartner published = records.of(network.getId(), TODAY).partners().getFirst();

        assertThat(published.dates().created()).isEqualTo(UseCaseFixture.CLOCK.instant());
        assertThat(published.dates().modified()).isEqualTo(UseCaseFixture.CLOCK.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void aWithdrawnConsentDepublishesWhatWasPublished() {
        Partner gone = koop.partner(network, "Pflegedienst Sonnenschein");
        Partner contactsWithdrawn = koop.partner(network, "AOK PLUS");
        consent(gone, ConsentScope.LOGO);
        consent(contactsWithdrawn, ConsentScope.LOGO);
        consent(contactsWithdrawn, ConsentScope.CONTACTS);

        withdraw(gone, ConsentScope.LOGO);
        withdraw(contactsWithdrawn, ConsentScope.CONTACTS);
        PublicRecords published = records.of(network.getId(), TODAY);

        assertThat(published.partners()).extracting(p -> p.partner().getName()).containsExactly("AOK PLUS");
        assertThat(published.depublished()).extracting(d -> d.partnerId() + " " + d.organization())
                .containsExactlyInAnyOrder(gone.getId() + " true", contactsWithdrawn.getId() + " false");
    }

    @Test
    void aPartnerThatLeftTheNetworkIsNoLongerPublished() {
        Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt");
        Partner care = koop.partner(network, "Pflegedienst Sonnenschein");
        consent(care, ConsentScope.LOGO);
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15", city);
        koop.accede(network, agreement, care, "2021-04-12");
        koop.declarationService.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network.getId(),
                agreement.getId(), care.getId(), Optional.empty(), UseCaseFixture.receipt("2024-06-03")));

        PublicRecords published = records.of(network.getId(), TODAY);

        assertThat(published.partners()).isEmpty();
        assertThat(published.depublished()).singleElement()
                .satisfies(d -> assertThat(d.partnerId()).isEqualTo(care.getId()));
    }

    @Test
    void theBodiesAndMeetingsOfAnOpenNetworkArePublicAndThoseOfAClosedOneAreNot() {
        Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt");
        Body group = koop.body(network, "AG Überleitung").establish();
        koop.seat(group, "Katrin Böhme", city, "2025-01-01");
        koop.meeting(group, "2026-03-12T14:00", MeetingFormat.IN_PERSON);

        PublicRecords open = records.of(network.getId(), TODAY);
        koop.networkService.close(network.getId());
        PublicRecords closed = records.of(network.getId(), TODAY);

        assertThat(open.bodies()).extracting(b -> b.body().getName()).containsExactly("AG Überleitung");
        assertThat(open.meetings()).singleElement().satisfies(m -> assertThat(m.minutesPublished()).isFalse());
        assertThat(records.networkOfBody(group.getId())).contains(network.getId());
        assertThat(closed.bodies()).isEmpty();
        assertThat(closed.meetings()).isEmpty();
    }
}
