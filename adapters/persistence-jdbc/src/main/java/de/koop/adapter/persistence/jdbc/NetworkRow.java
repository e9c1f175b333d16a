package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A row of the {@code network} table. */
@MappedEntity("network")
public record NetworkRow(
        @Id String id,
        String name,
        String sortName,
        @Nullable String shortName,
        String region,
        @Nullable String goals,
        String admission,
        @Nullable String coordinatorPartnerId,
        @Nullable String coordinatorContactId,
        @Version Long version) {
}
