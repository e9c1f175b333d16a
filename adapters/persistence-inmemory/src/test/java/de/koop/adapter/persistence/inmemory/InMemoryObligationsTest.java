package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.ObligationsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryObligationsTest extends ObligationsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
