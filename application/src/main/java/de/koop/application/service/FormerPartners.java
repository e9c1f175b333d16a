package de.koop.application.service;

import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Membership;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Partners who were bound by an agreement of the network and are bound by none on a day: they have
 * left (rule 15). Partners who never acceded to anything are not former partners.
 */
final class FormerPartners {

    private FormerPartners() {
    }

    static Set<PartnerId> of(Agreements agreements, Declarations declarations, NetworkId networkId, LocalDate date) {
        Set<PartnerId> everBound = new HashSet<>();
        Set<PartnerId> boundThen = new HashSet<>();
        // the network's declarations in one pass, not one read per agreement; Membership picks each agreement's
        List<Declaration> all = AllPages.declarations(declarations, networkId);
        for (Agreement agreement : agreements.listByNetwork(networkId)) {
            Membership membership = Membership.of(agreement, all);
            membership.history().stream().filter(span -> !span.since().isAfter(date))
                    .forEach(span -> everBound.add(span.partnerId()));
            membership.boundOn(date).forEach(span -> boundThen.add(span.partnerId()));
        }
        everBound.removeAll(boundThen);
        return everBound;
    }
}
