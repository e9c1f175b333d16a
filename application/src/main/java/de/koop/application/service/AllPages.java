package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NetworkId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads every item of a store's paged list, in the largest pages the store gives, for the use cases
 * that must see all of them (a network's former partners, its public records, a sweep over networks).
 */
final class AllPages {

    private AllPages() {
    }

    /** Every declaration of a network, read page by page (the largest pages the store gives). */
    static List<Declaration> declarations(Declarations declarations, NetworkId networkId) {
        List<Declaration> all = new ArrayList<>();
        Page<Declaration> page;
        int number = 0;
        do {
            page = declarations.page(networkId, new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (number < page.totalPages());
        return all;
    }

    /** Every partner of a network, read page by page in the order of the partner list. */
    static List<Partner> partners(Partners partners, NetworkId networkId) {
        List<Partner> all = new ArrayList<>();
        Page<Partner> page;
        int number = 0;
        do {
            page = partners.page(networkId, Optional.empty(), Optional.empty(), new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (number < page.totalPages());
        return all;
    }

    /** Every network, page by page in the order of the network list, so that not all are held at once. */
    static void eachNetwork(Networks networks, Consumer<Network> action) {
        Page<Network> page;
        int number = 0;
        do {
            page = networks.page(Optional.empty(), new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(action);
        } while (number < page.totalPages());
    }
}
