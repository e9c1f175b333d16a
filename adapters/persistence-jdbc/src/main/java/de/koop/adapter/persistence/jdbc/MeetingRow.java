package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of the {@code meeting} table: the meeting, its convener and its minutes; invitees, agenda
 * items and decisions are child rows.
 */
@MappedEntity("meeting")
public record MeetingRow(
        @Id String id,
        String networkId,
        String bodyId,
        int number,
        LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        String format,
        @Nullable String place,
        @Nullable String convenerPartnerId,
        @Nullable String convenerReason,
        String state,
        @Nullable String minutesText,
        @Nullable LocalDate minutesApprovedOn,
        @Version Long version) {
}
