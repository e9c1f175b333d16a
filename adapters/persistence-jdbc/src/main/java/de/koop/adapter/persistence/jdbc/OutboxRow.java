package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code outbox} table; the occasion as its key (unique with the recipient). */
@MappedEntity("outbox")
public record OutboxRow(@Id String id, String networkId, String kind, String recipient, String subject,
                        String textBody, String htmlBody, @Nullable String attachments, String status, int attempts, long createdAtMicros,
                        long nextAttemptAtMicros, @Nullable String lastError, @Nullable Long sentAtMicros,
                        @Nullable String occasion) {
}
