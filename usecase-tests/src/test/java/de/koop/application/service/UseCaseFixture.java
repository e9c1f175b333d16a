package de.koop.application.service;

import de.koop.adapter.persistence.inmemory.InMemoryAgreements;
import de.koop.adapter.persistence.inmemory.InMemoryDeclarations;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.inmemory.InMemoryPartners;
import de.koop.application.change.RecordedChanges;
import de.koop.application.port.in.PartnerData;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The application's services on the in-memory stores, with a clock standing at 23:30 UTC on
 * 22 November 2026, which is already the 23rd in Germany.
 */
final class UseCaseFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Europe/Berlin"));

    /** What the services changed; they are called directly here, not in a unit of work. */
    final RecordedChanges changes = new RecordedChanges();
    final InMemoryNetworks networks = new InMemoryNetworks();
    final InMemoryPartners partners = new InMemoryPartners();
    final NetworkService networkService = new NetworkService(networks, partners, changes);
    final PartnerService partnerService = new PartnerService(networks, partners, CLOCK, changes);
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryDeclarations declarations = new InMemoryDeclarations();
    final PublicDirectoryService directoryService = new PublicDirectoryService(networks, partners, agreements,
            declarations, CLOCK);

    Network network(String name) {
        return networkService.register(new RegisterNetworkCommand(name, null, "Stadt Leipzig", null, Admission.OPEN));
    }

    Partner partner(Network network, String name) {
        return partnerService.register(new RegisterPartnerCommand(network.getId(), data(name)));
    }

    static PartnerData data(String name) {
        return new PartnerData(name, PartnerCategory.SERVICE_PROVIDER, new PostalAddress("Prager Straße 21", "04103",
                "Leipzig"), List.of(new ContactDetails(Optional.empty(), "Jana Vogel", Optional.of("Pflegedienstleitung"),
                Optional.of(new PhoneNumber("0341 301-7788")), Optional.of(new EmailAddress("jana.vogel@sonnenschein.example")))),
                Optional.of(new LogoReference("https://sonnenschein.example/logo.png")), Optional.empty());
    }
}
