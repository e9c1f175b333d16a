package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.page.NameFilter;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Optional;

/** Reads a network's partners, for coordinators (everything, including unpublished contacts). */
public interface FindPartnersQuery {

    /** @throws NotFoundException when the partner does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Partner find(NetworkId networkId, PartnerId partnerId);

    /**
     * A network's partners ordered by name, optionally of one category and only those whose name contains
     * the filter's text ({@link NameFilter}: case, accents and punctuation do not count).
     *
     * @throws NotFoundException when the network does not exist
     */
    @Query(Permission.READ_NETWORK)
    Page<Partner> list(NetworkId networkId, Optional<PartnerCategory> category, Optional<NameFilter> name,
                       PageRequest request);

    /** A network's partners ordered by name, optionally of one category, whatever their names. */
    default Page<Partner> list(NetworkId networkId, Optional<PartnerCategory> category, PageRequest request) {
        return list(networkId, category, Optional.empty(), request);
    }
}
