package de.koop.application.port.out;

import de.koop.application.change.Bookkeeping;
import de.koop.application.change.Reads;

import de.koop.domain.shared.NetworkId;

/**
 * A counter per network that every change of the network's data raises, within the change's transaction.
 * What was computed from a network's data while its stamp stood still is still right, on any instance:
 * read models can be kept and served again until the stamp moves. Implementations must pass
 * {@code NetworkStampsContract} from the application test-jar.
 */
public interface NetworkStamps {

    /** Something of the network changed. */
    @Bookkeeping
    void changed(NetworkId networkId);

    /** The network's stamp now: 0 until its first change, higher after every change. */
    @Reads
    long stampOf(NetworkId networkId);
}
