package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.PartnersContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryPartnersTest extends PartnersContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
