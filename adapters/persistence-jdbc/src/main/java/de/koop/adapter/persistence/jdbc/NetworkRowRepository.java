package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the {@code network} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NetworkRowRepository extends PageableRepository<NetworkRow, String> {

    List<NetworkRow> findByIdIn(Collection<String> ids);

    Page<NetworkRow> findBySortNameContains(String sortName, Pageable pageable);
}
