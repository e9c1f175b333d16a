package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of the {@code reminder_wakeup} table; {@code wakeOn} is null for "not until it changes". */
@MappedEntity("reminder_wakeup")
public record ReminderWakeupRow(@Id String subjectId, String kind, String networkId, @Nullable LocalDate wakeOn,
                                @Nullable String rules) {
}
