package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the {@code record_dates} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RecordDatesRowRepository extends CrudRepository<RecordDatesRow, String> {

    /** @return rows changed: 0 when the record was never written */
    @Query(value = "UPDATE record_dates SET modified_micros = :modifiedMicros WHERE id = :id", nativeQuery = true)
    int updateModified(String id, long modifiedMicros);

    List<RecordDatesRow> findByIdInList(Collection<String> ids);
}
