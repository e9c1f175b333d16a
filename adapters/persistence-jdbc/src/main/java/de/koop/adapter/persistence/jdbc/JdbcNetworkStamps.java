package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.NetworkStamps;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** {@link NetworkStamps} in the {@code network_stamp} table, raised in the transaction of the change. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcNetworkStamps implements NetworkStamps {

    private final NetworkStampRowRepository rows;

    JdbcNetworkStamps(NetworkStampRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void changed(NetworkId networkId) {
        rows.raise(networkId.toString());
    }

    /** One statement, in the caller's transaction if there is one and on its own otherwise. */
    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public long stampOf(NetworkId networkId) {
        return rows.findStampByNetworkId(networkId.toString()).orElse(0L);
    }
}
