package de.koop.application.port.in;

import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.Set;

/** The partners that were bound in a network and no longer are (rule 15: their contacts are kept from view). */
public interface FormerPartnersQuery {

    Set<PartnerId> former(NetworkId networkId, LocalDate date);
}
