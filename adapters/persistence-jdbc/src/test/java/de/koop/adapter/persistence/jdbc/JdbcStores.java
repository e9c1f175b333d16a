package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.StoresUnderTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The JDBC stores under test, and a way to empty their tables between tests. */
@Singleton
class JdbcStores implements StoresUnderTest {

    private final JdbcNetworks networks;
    private final JdbcPartners partners;
    private final PartnerContactRowRepository contactRows;
    private final PartnerRowRepository partnerRows;
    private final NetworkRowRepository networkRows;

    JdbcStores(JdbcNetworks networks, JdbcPartners partners, PartnerContactRowRepository contactRows,
               PartnerRowRepository partnerRows, NetworkRowRepository networkRows) {
        this.networks = networks;
        this.partners = partners;
        this.contactRows = contactRows;
        this.partnerRows = partnerRows;
        this.networkRows = networkRows;
    }

    @Override
    public Networks networks() {
        return networks;
    }

    @Override
    public Partners partners() {
        return partners;
    }

    /** Deletes every row, children first. */
    @Override
    @Transactional
    public void emptyAll() {
        contactRows.deleteAll();
        partnerRows.deleteAll();
        networkRows.deleteAll();
    }
}
