package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of the {@code partner_contact} table: one contact person of a partner, at its position, with their
 * former values one per line (none: {@code null}).
 */
@MappedEntity("partner_contact")
public record PartnerContactRow(
        @Id String id,
        String partnerId,
        int position,
        String name,
        @Nullable String function,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String formerValues) {
}
