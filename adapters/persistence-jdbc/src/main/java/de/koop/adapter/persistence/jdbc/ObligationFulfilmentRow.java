package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A row of the {@code obligation_fulfilment} table: one met deadline of an obligation, by the
 * obligation's id plus the due date, in the order it was recorded.
 */
@MappedEntity("obligation_fulfilment")
public record ObligationFulfilmentRow(@Id String id, String obligationId, int position, LocalDate dueOn,
                                      LocalDate fulfilledOn, @Nullable String note) {
}
