package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.TransactionsContract;
import de.koop.application.port.out.StoresUnderTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(environments = "h2", transactional = false, startApplication = false)
class JdbcTransactionsOnH2Test extends TransactionsContract {

    @Inject
    JdbcStores stores;

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
