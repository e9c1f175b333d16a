package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.NetworkStampsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryNetworkStampsTest extends NetworkStampsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
