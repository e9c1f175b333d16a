package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the body tables. */
final class BodyRepositories {

    private BodyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface BodyRows extends CrudRepository<BodyRow, String> {
        List<BodyRow> findByNetworkId(String networkId, Sort sort);

        List<BodyRow> findByIdIn(Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface SeatRows extends CrudRepository<BodySeatRow, String> {
        List<BodySeatRow> findByBodyIdInOrderByPosition(Collection<String> bodyIds);
    }
}
