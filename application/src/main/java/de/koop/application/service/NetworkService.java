package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.AssignCoordinationCommand;
import de.koop.application.port.in.AssignCoordinationUseCase;
import de.koop.application.port.in.ChangeAdmissionUseCase;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.in.RenameNetworkCommand;
import de.koop.application.port.in.RenameNetworkUseCase;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.util.Objects;
import java.util.Optional;

/** The use cases of the network aggregate. Each call is one transaction (applied by bootstrap). */
public final class NetworkService implements RegisterNetworkUseCase, RenameNetworkUseCase, ChangeAdmissionUseCase,
        AssignCoordinationUseCase, FindNetworksQuery {

    private final Networks networks;
    private final InNetwork inNetwork;

    private final Changes changes;

    public NetworkService(Networks networks, Partners partners, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.networks = Objects.requireNonNull(networks);
        this.inNetwork = new InNetwork(networks, Objects.requireNonNull(partners));
    }

    @Override
    public Network register(RegisterNetworkCommand command) {
        Network network = Network.create(NetworkId.newId(), command.name(), command.shortName(), command.region(),
                command.goals(), command.admission());
        changes.record(Change.of(network));
        return networks.save(network);
    }

    @Override
    public Network rename(RenameNetworkCommand command) {
        Network network = find(command.networkId());
        if (network.getVersion() != command.expectedVersion()) {
            throw new VersionConflictException(InNetwork.NETWORK, network.getId());
        }
        network.rename(command.name(), command.shortName());
        changes.record(Change.of(network));
        return networks.save(network);
    }

    @Override
    public Network close(NetworkId networkId) {
        Network network = find(networkId);
        network.close();
        changes.record(Change.of(network));
        return networks.save(network);
    }

    @Override
    public Network reopen(NetworkId networkId) {
        Network network = find(networkId);
        network.reopen();
        changes.record(Change.of(network));
        return networks.save(network);
    }

    @Override
    public Network assignCoordination(AssignCoordinationCommand command) {
        Network network = find(command.networkId());
        Partner holder = inNetwork.partner(command.networkId(), command.partnerId());
        network.assignCoordination(holder, command.contactPersonId());
        changes.record(Change.of(network));
        return networks.save(network);
    }

    @Override
    public Network find(NetworkId networkId) {
        return inNetwork.network(networkId);
    }

    @Override
    public Page<Network> list(Optional<NameFilter> name, PageRequest request) {
        return networks.page(name, request);
    }
}
