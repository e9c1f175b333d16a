package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of the {@code body_seat} table: one seat of a body, by the seat's id, in the body's order. */
@MappedEntity("body_seat")
public record BodySeatRow(@Id String id, String bodyId, int position, String holderName, @Nullable String personId,
                          @Nullable String onBehalfOf, String role, String basis, LocalDate fromDate,
                          @Nullable LocalDate untilDate) {
}
