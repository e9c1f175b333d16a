package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.governance.Body;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds what a use case addresses, always through its network: another network's partner or
 * agreement is "not found", so that ids never reach across networks.
 */
final class Lookups {

    static final String NETWORK = "Netzwerk";
    static final String PARTNER = "Partner";
    static final String AGREEMENT = "Vereinbarung";
    static final String BODY = "Gremium";

    private final Networks networks;
    private final Partners partners;

    Lookups(Networks networks, Partners partners) {
        this.networks = networks;
        this.partners = partners;
    }

    Network network(NetworkId networkId) {
        return networks.findById(networkId).orElseThrow(() -> new NotFoundException(NETWORK, networkId));
    }

    Partner partner(NetworkId networkId, PartnerId partnerId) {
        return partners.findById(partnerId)
                .filter(p -> p.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException(PARTNER, partnerId));
    }

    static Agreement agreement(Agreements agreements, NetworkId networkId, AgreementId agreementId) {
        return agreements.findById(agreementId)
                .filter(a -> a.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException(AGREEMENT, agreementId));
    }

    static Body body(Bodies bodies, NetworkId networkId, BodyId bodyId) {
        return bodies.findById(bodyId)
                .filter(b -> b.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException(BODY, bodyId));
    }

    /** Every declaration of a network, read page by page (the largest pages the store gives). */
    static List<Declaration> allDeclarations(Declarations declarations, NetworkId networkId) {
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
    static List<Partner> allPartners(Partners partners, NetworkId networkId) {
        List<Partner> all = new ArrayList<>();
        Page<Partner> page;
        int number = 0;
        do {
            page = partners.page(networkId, Optional.empty(), new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (number < page.totalPages());
        return all;
    }

    /** Every network, page by page in the order of the network list, so that not all are held at once. */
    static void eachNetwork(Networks networks, Consumer<Network> action) {
        Page<Network> page;
        int number = 0;
        do {
            page = networks.page(new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(action);
        } while (number < page.totalPages());
    }
}
