package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/**
 * A row of the {@code body} table: the body and its rules (decision, cadence, composition, convening,
 * elections), flattened; its seats are rows of {@code body_seat}.
 */
@MappedEntity("body")
public record BodyRow(
        @Id String id,
        String networkId,
        String kind,
        String name,
        String sortName,
        @Nullable String parentId,
        LocalDate establishedOn,
        @Nullable LocalDate temporaryUntil,
        String formats,
        boolean minutesRequired,
        String decisionKind,
        @Nullable Integer quorumPercent,
        String cadenceKind,
        @Nullable Integer cadenceYears,
        @Nullable Integer cadenceTimes,
        @Nullable String cadenceFrequency,
        @Nullable String requiredTopics,
        @Nullable String responsibilities,
        @Nullable Integer maxElectedSeats,
        boolean speakerExOfficio,
        boolean memberFromEachChild,
        @Nullable String reservedFor,
        @Nullable String conveningKind,
        @Nullable String conveningParties,
        @Nullable Integer conveningYears,
        @Nullable LocalDate conveningFrom,
        @Nullable String electorateBodyId,
        @Nullable Integer electionTermYears,
        @Nullable Integer maxConsecutiveTerms,
        @Version Long version) {
}
