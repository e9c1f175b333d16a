package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.DeclarationsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryDeclarationsTest extends DeclarationsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
