package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.AgreementsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryAgreementsTest extends AgreementsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
