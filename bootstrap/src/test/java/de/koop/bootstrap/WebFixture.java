package de.koop.bootstrap;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.UserAdministrationUseCase;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.network.Network;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * koop on the in-memory stores with the demo data, and a coordinator of the first demo network, for the
 * tests of the web interface.
 */
record WebFixture(RunningKoop koop, Network own, Network other) implements AutoCloseable {

    static final String COORDINATOR = "koordinatorin@example.org";
    static final String COORDINATOR_PASSWORD = "Kennwort-der-Koordinatorin";

    static WebFixture start() {
        RunningKoop koop = RunningKoop.inMemory(Map.of("koop.demo-data", true));
        List<Network> networks = koop.context().getBean(FindNetworksQuery.class).list(PageRequest.first()).items();
        Network own = networks.get(0);
        UserAdministrationUseCase users = koop.context().getBean(UserAdministrationUseCase.class);
        User coordinator = users.create(COORDINATOR, COORDINATOR_PASSWORD, false);
        users.grant(coordinator.getId(), own.getId(), NetworkRole.COORDINATOR, Optional.empty());
        return new WebFixture(koop, own, networks.get(1));
    }

    String url(String path) {
        return koop.anonymousApi().baseUri().resolve(path).toString();
    }

    @Override
    public void close() {
        koop.close();
    }
}
