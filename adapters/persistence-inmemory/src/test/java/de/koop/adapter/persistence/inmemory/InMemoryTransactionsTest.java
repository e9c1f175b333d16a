package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.TransactionsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
