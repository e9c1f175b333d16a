package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.OutboxContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
