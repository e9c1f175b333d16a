package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** Micronaut Data's access to the {@code network_stamp} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NetworkStampRowRepository extends CrudRepository<NetworkStampRow, String> {

    /** Raises the stamp, making the row at the first change; concurrent changes wait for each other's row lock. */
    @Query(value = "INSERT INTO network_stamp (network_id, stamp) VALUES (:networkId, 1)"
            + " ON DUPLICATE KEY UPDATE stamp = stamp + 1", nativeQuery = true)
    void raise(String networkId);

    Optional<Long> findStampByNetworkId(String networkId);
}
