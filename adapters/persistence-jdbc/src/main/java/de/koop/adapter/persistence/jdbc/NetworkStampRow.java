package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code network_stamp} table. */
@MappedEntity("network_stamp")
public record NetworkStampRow(@Id String networkId, long stamp) {
}
