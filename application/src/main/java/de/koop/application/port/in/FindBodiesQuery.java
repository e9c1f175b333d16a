package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.List;

/** Reads a network's bodies as they stand on a day. */
public interface FindBodiesQuery {

    /** @throws NotFoundException when the body does not exist in that network */
    @Query(Permission.READ_NETWORK)
    BodyView find(NetworkId networkId, BodyId bodyId, LocalDate date);

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    List<BodyView> list(NetworkId networkId, LocalDate date);
}
