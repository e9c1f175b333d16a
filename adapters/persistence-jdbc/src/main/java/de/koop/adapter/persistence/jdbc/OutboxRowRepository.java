package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the {@code outbox} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRowRepository extends PageableRepository<OutboxRow, String> {

    Page<OutboxRow> findByStatus(String status, Pageable pageable);

    Page<OutboxRow> findByNetworkId(String networkId, Pageable pageable);

    Page<OutboxRow> findByNetworkIdAndStatus(String networkId, String status, Pageable pageable);

    List<String> findOccasionByOccasionInList(Collection<String> occasions);

    List<String> findIdByIdInList(Collection<String> ids);

    @Query(value = "SELECT * FROM outbox WHERE LOWER(recipient) LIKE :pattern OR LOWER(subject) LIKE :pattern"
            + " OR LOWER(text_body) LIKE :pattern OR LOWER(html_body) LIKE :pattern OR LOWER(last_error) LIKE :pattern",
            nativeQuery = true)
    List<OutboxRow> findMentioning(String pattern);

    @Query(value = "UPDATE outbox SET recipient = :recipient, subject = :subject, text_body = :textBody,"
            + " html_body = :htmlBody, last_error = :lastError, attachments = :attachments WHERE id = :id",
            nativeQuery = true)
    int updateContent(String id, String recipient, String subject, String textBody, String htmlBody,
                      @Nullable String lastError, @Nullable String attachments);

    // LIMIT before FOR UPDATE: MariaDB and H2 both lock only the rows returned, and skip rows
    // another transaction holds
    @Query(value = "SELECT * FROM outbox WHERE status = 'PENDING' AND next_attempt_at_micros <= :dueMicros"
            + " ORDER BY next_attempt_at_micros, id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<OutboxRow> claimDue(long dueMicros, int limit);

    /** Leases claimed rows: not due before the lease ends. */
    @Query(value = "UPDATE outbox SET next_attempt_at_micros = :untilMicros WHERE id IN (:ids)", nativeQuery = true)
    int lease(List<String> ids, long untilMicros);

    /** Writes the delivery state of a claimed row, if it is still pending under the same lease. @return rows changed */
    @Query(value = "UPDATE outbox SET status = :status, attempts = :attempts,"
            + " next_attempt_at_micros = :nextAttemptAtMicros, last_error = :lastError, sent_at_micros = :sentAtMicros"
            + " WHERE id = :id AND status = 'PENDING' AND next_attempt_at_micros = :leasedUntilMicros", nativeQuery = true)
    int recordClaimed(String id, long leasedUntilMicros, String status, int attempts, long nextAttemptAtMicros,
                      @Nullable String lastError, @Nullable Long sentAtMicros);

    /** Writes the delivery state only; the message itself never changes. @return rows changed */
    @Query(value = "UPDATE outbox SET status = :status, attempts = :attempts,"
            + " next_attempt_at_micros = :nextAttemptAtMicros, last_error = :lastError, sent_at_micros = :sentAtMicros"
            + " WHERE id = :id", nativeQuery = true)
    int updateDelivery(String id, String status, int attempts, long nextAttemptAtMicros, @Nullable String lastError,
                       @Nullable Long sentAtMicros);
}
