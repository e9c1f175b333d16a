package de.koop.adapter.persistence.jdbc;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The JDBC stores under test, and a way to empty their tables between tests. */
@Singleton
class JdbcStores {

    final JdbcNetworks networks;
    final JdbcPartners partners;
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

    /** Deletes every row, children first. */
    @Transactional
    void emptyAll() {
        contactRows.deleteAll();
        partnerRows.deleteAll();
        networkRows.deleteAll();
    }
}
