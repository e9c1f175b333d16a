package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Set;

/**
 * Rule 15 for the acting person: the contacts of a partner who has left the network are shown to
 * administrators only, so an adapter shows those partners without their contacts.
 */
public interface HiddenContactsQuery {

    /** The partners of the network whose contacts the acting person may not see today. */
    @Query(Permission.READ_NETWORK)
    Set<PartnerId> hiddenContacts(NetworkId networkId);
}
