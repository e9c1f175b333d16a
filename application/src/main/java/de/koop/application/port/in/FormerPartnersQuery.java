package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Set;

/** The partners that were bound in a network and no longer are (rule 15: their contacts are kept from view). */
public interface FormerPartnersQuery {

    @Query(Permission.READ_NETWORK)
    Set<PartnerId> former(NetworkId networkId, LocalDate date);
}
