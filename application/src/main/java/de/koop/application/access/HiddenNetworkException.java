package de.koop.application.access;

import de.koop.domain.shared.NetworkId;

/**
 * The actor has no role in the network it named: told as if the network did not exist, so that nobody
 * learns which networks there are.
 */
public final class HiddenNetworkException extends AccessRefusedException {

    private final NetworkId network;

    public HiddenNetworkException(NetworkId network) {
        super("Netzwerk " + network + " nicht gefunden");
        this.network = network;
    }

    public NetworkId network() {
        return network;
    }
}
