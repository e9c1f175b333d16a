package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.MeetingsContract;
import de.koop.application.port.out.StoresUnderTest;

class InMemoryMeetingsTest extends MeetingsContract {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoresUnderTest stores() {
        return stores;
    }
}
