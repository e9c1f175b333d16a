package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.NetworkId;

/**
 * How far a network's data has come: a number that rises with every change of it. Clients and caches
 * that hold something computed from the network (a dashboard, the public directory) know it is still
 * current while the number stands.
 */
public interface NetworkStampQuery {

    @Query(Permission.ANYONE)
    long stampOf(NetworkId networkId);
}
