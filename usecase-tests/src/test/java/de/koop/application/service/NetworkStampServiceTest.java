package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.RenameNetworkCommand;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A network's change stamp: it moves with every change of that network's data, and only then. */
class NetworkStampServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final NetworkStampService stamps = koop.stampService;

    @Test
    void everyChangeOfANetworksDataMovesItsStampAndNoOtherNetworks() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Network other = koop.network("Anderes Netzwerk");
        long registered = stamps.stampOf(network.getId());
        long ofOther = stamps.stampOf(other.getId());

        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        long afterPartner = stamps.stampOf(network.getId());
        koop.partnerService.give(new PublicationConsentCommand(network.getId(), partner.getId(), ConsentScope.LOGO,
                Optional.empty()));
        long afterConsent = stamps.stampOf(network.getId());
        koop.networkService.rename(new RenameNetworkCommand(network.getId(), 0, "LeiKoP", null));

        assertThat(registered).isPositive();
        assertThat(afterPartner).isGreaterThan(registered);
        assertThat(afterConsent).isGreaterThan(afterPartner);
        assertThat(stamps.stampOf(network.getId())).isGreaterThan(afterConsent);
        assertThat(stamps.stampOf(other.getId())).isEqualTo(ofOther);
    }

    @Test
    void readingChangesNothing() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        long before = stamps.stampOf(network.getId());

        koop.networkService.find(network.getId());
        koop.directoryService.directory(network.getId(), de.koop.application.page.PageRequest.first());

        assertThat(stamps.stampOf(network.getId())).isEqualTo(before);
        assertThat(stamps.stampOf(NetworkId.newId())).isZero();
    }
}
