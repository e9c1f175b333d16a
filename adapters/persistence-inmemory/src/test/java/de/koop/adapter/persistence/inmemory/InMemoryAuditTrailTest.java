package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.AuditTrailContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
