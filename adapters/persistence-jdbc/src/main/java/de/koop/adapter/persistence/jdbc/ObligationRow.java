package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/**
 * A row of the {@code obligation} table: the obligation and its deadline rule, flattened; its
 * fulfilments are rows of {@code obligation_fulfilment}.
 */
@MappedEntity("obligation")
public record ObligationRow(
        @Id String id,
        String networkId,
        String agreementId,
        String title,
        String sortTitle,
        String responsiblePartnerId,
        @Nullable String recipientPartnerId,
        String ruleKind,
        @Nullable String ruleReferenceDay,
        @Nullable String ruleDueDay,
        @Nullable Integer ruleYearsAfter,
        @Nullable Integer ruleDayOfMonth,
        @Nullable LocalDate ruleDueOn,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        int reminderDaysBefore,
        @Version Long version) {
}
