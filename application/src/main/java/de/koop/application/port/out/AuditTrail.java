package de.koop.application.port.out;

import de.koop.application.change.Bookkeeping;
import de.koop.application.change.Reads;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.util.Optional;

/**
 * The append-only audit trail: entries are added in the transaction of the change they record and
 * never changed or removed (the port has no way to). Implementations must pass {@code AuditTrailContract}.
 */
public interface AuditTrail {

    @Bookkeeping
    void append(AuditEntry entry);

    /** A network's entries (or, for empty, those of no network), newest first. */
    @Reads
    Page<AuditEntry> page(Optional<NetworkId> networkId, PageRequest request);
}
