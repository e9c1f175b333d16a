package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

/** Micronaut Data's access to the {@code reminder_wakeup} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReminderWakeupRowRepository extends CrudRepository<ReminderWakeupRow, String> {

    /** @return rows changed: 0 when the subject has no row yet */
    @Query(value = "UPDATE reminder_wakeup SET wake_on = :wakeOn WHERE subject_id = :subjectId", nativeQuery = true)
    int wake(String subjectId, LocalDate wakeOn);

    @Query(value = "UPDATE reminder_wakeup SET wake_on = :wakeOn WHERE network_id = :networkId", nativeQuery = true)
    int wakeNetwork(String networkId, LocalDate wakeOn);

    @Query(value = "SELECT subject_id, kind, network_id, wake_on FROM reminder_wakeup WHERE wake_on <= :day"
            + " ORDER BY wake_on, subject_id LIMIT :limit", nativeQuery = true)
    List<ReminderWakeupRow> due(LocalDate day, int limit);
}
