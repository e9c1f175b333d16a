package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.port.out.NetworkStamps;
import java.util.Objects;

/**
 * Raises a network's stamp when a run records the first change of its data, before that change is
 * written. So every writer in a network takes the stamp's row lock first and its records' locks after, in
 * the same order, and two writers in one network wait for each other instead of deadlocking.
 */
public final class NetworkStampHandler implements ChangeHandler {

    private final NetworkStamps stamps;

    public NetworkStampHandler(NetworkStamps stamps) {
        this.stamps = Objects.requireNonNull(stamps);
    }

    @Override
    public void recorded(Change change, boolean firstOfItsNetwork) {
        if (firstOfItsNetwork) {
            stamps.changed(change.networkId().orElseThrow());
        }
    }
}
