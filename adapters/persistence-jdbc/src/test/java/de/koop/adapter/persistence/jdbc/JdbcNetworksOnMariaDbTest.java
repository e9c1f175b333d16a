package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.NetworksContract;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(environments = "mariadb", transactional = false, startApplication = false)
class JdbcNetworksOnMariaDbTest extends NetworksContract {

    @Inject
    JdbcStores stores;

    @Override
    protected Networks networks() {
        return stores.networks;
    }

    @Override
    protected Partners partners() {
        return stores.partners;
    }

    @Override
    protected void emptyStore() {
        stores.emptyAll();
    }
}
