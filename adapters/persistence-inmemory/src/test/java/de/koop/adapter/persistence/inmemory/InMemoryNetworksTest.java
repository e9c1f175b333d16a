package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.NetworksContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryNetworksTest extends NetworksContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
