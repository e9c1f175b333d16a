package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of the {@code declaration} table; {@code kind} says which of the nullable columns are used. */
@MappedEntity("declaration")
public record DeclarationRow(
        @Id String id,
        String networkId,
        String kind,
        @Nullable String agreementId,
        @Nullable String partnerId,
        LocalDate receivedOn,
        String recordedBy,
        long recordedAtMicros,
        @Nullable Integer acceptedVersion,
        @Nullable String contactOrganisation,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable Boolean publishLogo,
        @Nullable Boolean publishContacts,
        @Nullable LocalDate signedOn,
        @Nullable String personName,
        @Nullable String personEmail,
        @Nullable String workingGroups,
        @Nullable LocalDate requestedOn,
        @Nullable LocalDate effectiveOn,
        @Nullable String ruleApplied,
        @Nullable LocalDate successorDueBy) {
}
