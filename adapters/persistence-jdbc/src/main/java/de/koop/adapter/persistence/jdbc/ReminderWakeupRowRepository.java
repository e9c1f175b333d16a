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

    /** Makes the subject's row or sets its day: one statement, so two first saves cannot both insert. */
    @Query(value = "INSERT INTO reminder_wakeup (subject_id, kind, network_id, wake_on)"
            + " VALUES (:subjectId, :kind, :networkId, :wakeOn) ON DUPLICATE KEY UPDATE wake_on = :wakeOn",
            nativeQuery = true)
    void wake(String subjectId, String kind, String networkId, LocalDate wakeOn);

    @Query(value = "UPDATE reminder_wakeup SET wake_on = :wakeOn WHERE network_id = :networkId", nativeQuery = true)
    int wakeNetwork(String networkId, LocalDate wakeOn);

    /** Found by the index on {@code rules}: nothing to read when every next look was worked out under these. */
    @Query(value = "UPDATE reminder_wakeup SET wake_on = :wakeOn"
            + " WHERE (rules IS NULL OR rules <> :rules) AND (wake_on IS NULL OR wake_on <> :wakeOn)",
            nativeQuery = true)
    int wakeUnlessScheduledUnder(String rules, LocalDate wakeOn);

    /**
     * Locks the rows it gives until the sweep's round commits: a save that asks for a look at one of
     * them meanwhile waits, and its look then stands, instead of being overwritten by the round's schedule.
     */
    @Query(value = "SELECT subject_id, kind, network_id, wake_on, rules FROM reminder_wakeup WHERE wake_on <= :day"
            + " ORDER BY wake_on, subject_id LIMIT :limit FOR UPDATE", nativeQuery = true)
    List<ReminderWakeupRow> due(LocalDate day, int limit);
}
