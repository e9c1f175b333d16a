package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.util.Optional;

/** Reading the audit trail: a network's for its coordinators, koop's own for administrators. */
public interface AuditTrailQuery {

    /** @throws NotFoundException when a network is named that does not exist */
    @Query(Permission.READ_CONFIDENTIAL)
    Page<AuditEntry> trail(Optional<NetworkId> networkId, PageRequest request);
}
