package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

/** Micronaut Data's access to the {@code outbox} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRowRepository extends PageableRepository<OutboxRow, String> {

    Page<OutboxRow> findByStatus(String status, Pageable pageable);
}
