package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;

/** The coordinator's dashboard of a network (rules 7, 8, 12). */
public interface DashboardQuery {

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    Dashboard dashboard(NetworkId networkId, LocalDate date, int termsEndingWithinDays);
}
