package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code record_dates} table, in microseconds since the epoch. */
@MappedEntity("record_dates")
public record RecordDatesRow(@Id String id, long createdMicros, long modifiedMicros) {
}
