package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.UsersContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryUsersTest extends UsersContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
