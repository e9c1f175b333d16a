package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the obligation tables. */
final class ObligationRepositories {

    private ObligationRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ObligationRows extends CrudRepository<ObligationRow, String> {
        List<ObligationRow> findByNetworkId(String networkId, Sort sort);

        List<ObligationRow> findByIdIn(Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface FulfilmentRows extends CrudRepository<ObligationFulfilmentRow, String> {
        List<ObligationFulfilmentRow> findByObligationIdInOrderByPosition(Collection<String> obligationIds);
    }
}
