package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Networks;
import de.koop.application.port.out.NetworksContract;
import de.koop.application.port.out.Partners;

class InMemoryNetworksTest extends NetworksContract {

    private final InMemoryNetworks networks = new InMemoryNetworks();
    private final InMemoryPartners partners = new InMemoryPartners();

    @Override
    protected Networks networks() {
        return networks;
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected void emptyStore() {
        networks.clear();
        partners.clear();
    }
}
