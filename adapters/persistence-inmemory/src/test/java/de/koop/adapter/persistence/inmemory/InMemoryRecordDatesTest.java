package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.RecordDatesContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryRecordDatesTest extends RecordDatesContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
