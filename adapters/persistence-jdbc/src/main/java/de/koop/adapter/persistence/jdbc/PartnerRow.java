package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/** A row of the {@code partner} table; its contacts are rows of {@code partner_contact}. */
@MappedEntity("partner")
public record PartnerRow(
        @Id String id,
        String networkId,
        String name,
        String sortName,
        String category,
        String street,
        String postalCode,
        String city,
        @Nullable String logoUrl,
        String logoConsent,
        @Nullable LocalDate logoConsentSince,
        String contactsConsent,
        @Nullable LocalDate contactsConsentSince,
        boolean published,
        @Nullable LocalDate noCommercialInterestOn,
        @Version Long version) {
}
