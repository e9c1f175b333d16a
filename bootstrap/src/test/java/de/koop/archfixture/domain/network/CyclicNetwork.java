package de.koop.archfixture.domain.network;

import de.koop.archfixture.domain.partner.CyclicPartner;

/** Violation, with {@link CyclicPartner}: a cycle between the domain packages network and partner. */
public final class CyclicNetwork {

    private final CyclicPartner lead;

    public CyclicNetwork(CyclicPartner lead) {
        this.lead = lead;
    }

    public CyclicPartner lead() {
        return lead;
    }
}
