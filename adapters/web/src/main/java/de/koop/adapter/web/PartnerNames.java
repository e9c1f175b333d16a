package de.koop.adapter.web;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A network's partners by name, in the order of the list, to name the parties a page shows. */
final class PartnerNames {

    /** What a page says for a partner that is no longer in the network's list (erased). */
    static final String UNKNOWN = "nicht mehr verzeichneter Partner";

    private PartnerNames() {
    }

    static Map<PartnerId, String> of(FindPartnersQuery partners, NetworkId network) {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        Page<Partner> page;
        int index = 0;
        do {
            page = partners.list(network, Optional.empty(), new PageRequest(index++, PageRequest.MAX_SIZE));
            page.items().forEach(p -> names.put(p.getId(), p.getName()));
        } while (index < page.totalPages());
        return names;
    }
}
