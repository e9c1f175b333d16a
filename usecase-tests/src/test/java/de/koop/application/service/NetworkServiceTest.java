package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.NameFilter;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.AssignCoordinationCommand;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RenameNetworkCommand;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.RuleViolationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();

    @Test
    void registersANetworkThatCanBeFoundAndListed() {
        Network network = koop.network("Leipziger Kooperation Pflege");

        assertThat(koop.networkService.find(network.getId()).getName()).isEqualTo("Leipziger Kooperation Pflege");
        assertThat(koop.networkService.list(PageRequest.first()).items()).extracting(Network::getId)
                .containsExactly(network.getId());
    }

    @Test
    void listsTheNetworksWhoseNameContainsATextWhateverItsCaseAndAccents() {
        Network leipzig = koop.network("Leipziger Kooperation Pflege");
        koop.network("Netzwerk Nordsachsen");
        Network doctors = koop.network("Ärztenetz Leipzig-Süd");

        assertThat(koop.networkService.list(Optional.of(new NameFilter("leipzig")), PageRequest.first()).items())
                .extracting(Network::getId).containsExactly(doctors.getId(), leipzig.getId());
        assertThat(koop.networkService.list(Optional.of(new NameFilter("ARZTE")), PageRequest.first()).items())
                .extracting(Network::getId).containsExactly(doctors.getId());
        assertThat(koop.networkService.list(PageRequest.first()).totalItems()).isEqualTo(3);
    }

    @Test
    void renamesOnlyOnTheVersionTheCoordinatorLastSaw() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        koop.networkService.rename(new RenameNetworkCommand(network.getId(), 0, "LeiKoP und Demenz", null));

        assertThatThrownBy(() -> koop.networkService.rename(
                new RenameNetworkCommand(network.getId(), 0, "Veraltet", null)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(koop.networkService.find(network.getId()).getName()).isEqualTo("LeiKoP und Demenz");
    }

    @Test
    void reportsAnUnknownNetworkAsNotFound() {
        NetworkId unknown = NetworkId.newId();

        assertThatThrownBy(() -> koop.networkService.close(unknown))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Netzwerk").hasMessageContaining(unknown.toString());
    }

    @Test
    void closingAClosedNetworkIsRefusedAndChangesNothing() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        koop.networkService.close(network.getId());

        assertThatThrownBy(() -> koop.networkService.close(network.getId()))
                .isInstanceOf(RuleViolationException.class);
        Network stored = koop.networkService.find(network.getId());
        assertThat(stored.getAdmission()).isEqualTo(Admission.CLOSED);
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void aPartnerOfAnotherNetworkCannotCoordinate() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner stranger = koop.partner(koop.network("Anderes Netzwerk"), "Fremder Pflegedienst");

        assertThatThrownBy(() -> koop.networkService.assignCoordination(new AssignCoordinationCommand(
                network.getId(), stranger.getId(), stranger.getContacts().getFirst().id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Partner");
        assertThat(koop.networkService.find(network.getId()).getCoordination()).isEmpty();
    }

    @Test
    void assignsTheCoordinationToAPartnerOfTheNetwork() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner city = koop.partner(network, "Stadt Leipzig, Sozialamt");

        koop.networkService.assignCoordination(new AssignCoordinationCommand(network.getId(), city.getId(),
                city.getContacts().getFirst().id()));

        assertThat(koop.networkService.find(network.getId()).getCoordination())
                .hasValueSatisfying(c -> assertThat(c.partnerId()).isEqualTo(city.getId()));
    }
}
