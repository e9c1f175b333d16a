package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A row of the {@code agreement} table: the agreement and its rules, flattened. */
@MappedEntity("agreement")
public record AgreementRow(
        @Id String id,
        String networkId,
        String kind,
        String title,
        String sortTitle,
        @Nullable String legalBasis,
        String termKind,
        @Nullable Integer termYears,
        @Nullable String termStart,
        @Nullable Integer reviewMonthsBefore,
        @Nullable String renewal,
        String terminationKind,
        @Nullable Integer noticeLength,
        @Nullable String noticeUnit,
        @Nullable String noticePeriodEnd,
        boolean writtenForm,
        boolean successorRequired,
        @Version Long version) {
}
