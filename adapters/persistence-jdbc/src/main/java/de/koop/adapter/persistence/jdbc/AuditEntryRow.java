package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code audit_entry} table. */
@MappedEntity("audit_entry")
public record AuditEntryRow(@Id String id, long atMicros, @Nullable String actor, String useCase, String aggregate,
                            @Nullable String aggregateId, @Nullable String networkId) {
}
