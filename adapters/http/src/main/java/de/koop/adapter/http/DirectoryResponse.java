package de.koop.adapter.http;

import de.koop.application.port.in.PublicDirectory;
import de.koop.domain.partner.DirectoryEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The public directory of a network: only what partners consented to publish. */
@Serdeable
public record DirectoryResponse(String networkId, String networkName, @Nullable String shortName, String region,
                                PageResponse<Entry> partners) {

    /** One partner; {@code logoUrl} only with logo consent, {@code contacts} only with contacts consent. */
    @Serdeable
    public record Entry(String id, String name, PartnerResponse.Category category, PartnerResponse.Address address,
                        @Nullable String logoUrl, List<PartnerResponse.Contact> contacts) {

        static Entry from(DirectoryEntry entry) {
            return new Entry(entry.partnerId().toString(), entry.name(),
                    PartnerResponse.Category.from(entry.category()), PartnerResponse.Address.from(entry.address()),
                    entry.logo().map(l -> l.url()).orElse(null),
                    entry.contacts().stream().map(PartnerResponse.Contact::from).toList());
        }
    }

    static DirectoryResponse from(PublicDirectory directory) {
        return new DirectoryResponse(directory.networkId().toString(), directory.networkName(),
                directory.shortName().orElse(null), directory.region(),
                PageResponse.of(directory.entries(), Entry::from));
    }
}
