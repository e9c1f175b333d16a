package de.koop.application.service;

import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.governance.Body;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;

/**
 * Finds what a use case addresses, always within the network it names: another network's partner,
 * agreement or body is "not found", so that ids never reach across networks.
 */
final class InNetwork {

    static final String NETWORK = "Netzwerk";
    static final String PARTNER = "Partner";
    static final String AGREEMENT = "Vereinbarung";
    static final String BODY = "Gremium";

    private final Networks networks;
    private final Partners partners;

    InNetwork(Networks networks, Partners partners) {
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
}
