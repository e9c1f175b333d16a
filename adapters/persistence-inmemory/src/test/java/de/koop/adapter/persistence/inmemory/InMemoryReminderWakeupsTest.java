package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.ReminderWakeupsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryReminderWakeupsTest extends ReminderWakeupsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
