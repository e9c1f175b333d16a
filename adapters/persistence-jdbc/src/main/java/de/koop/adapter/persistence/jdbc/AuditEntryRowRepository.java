package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Micronaut Data's access to the {@code audit_entry} table: insert and read, nothing else. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRowRepository extends GenericRepository<AuditEntryRow, String> {

    AuditEntryRow save(AuditEntryRow row);

    Page<AuditEntryRow> findByNetworkId(String networkId, Pageable pageable);

    Page<AuditEntryRow> findByNetworkIdIsNull(Pageable pageable);
}
