package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.BodiesContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryBodiesTest extends BodiesContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
