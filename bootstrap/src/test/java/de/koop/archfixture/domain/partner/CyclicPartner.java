package de.koop.archfixture.domain.partner;

import de.koop.archfixture.domain.network.CyclicNetwork;

/** Violation, with {@link CyclicNetwork}: a cycle between the domain packages partner and network. */
public final class CyclicPartner {

    public CyclicNetwork lead() {
        return new CyclicNetwork(this);
    }
}
