package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.RefreshTokensContract;
import de.koop.application.port.out.StoresUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(environments = "mariadb", transactional = false, startApplication = false)
class JdbcRefreshTokensOnMariaDbTest extends RefreshTokensContract {

    @Inject
    JdbcStores stores;

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
