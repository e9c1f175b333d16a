package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.RefreshTokensContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryRefreshTokensTest extends RefreshTokensContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
