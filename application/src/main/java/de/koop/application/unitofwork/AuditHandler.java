package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.port.out.AuditTrail;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes one audit entry for each run that changed something: who acted, when (UTC), the use case and
 * operation, the kind and id of its first change, which is what the operation is about, and the network its
 * changes belong to; a run across networks (a reminder sweep's round) belongs to koop's own trail. Only
 * names of kinds and ids go in, never values a user typed.
 */
public final class AuditHandler implements ChangeHandler {

    private final AuditTrail trail;
    private final Clock clock;

    /** @param clock the real clock: the trail says when a change was made, whatever the domain's time */
    public AuditHandler(AuditTrail trail, Clock clock) {
        this.trail = Objects.requireNonNull(trail);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void completed(Work work) {
        if (work.changes().isEmpty()) {
            return;
        }
        Change subject = work.changes().getFirst();
        List<NetworkId> networks = work.changes().stream().flatMap(change -> change.networkId().stream()).distinct()
                .toList();
        trail.append(new AuditEntry(UUID.randomUUID(), clock.instant(), work.actor(), work.operation(),
                subject.kind().auditName(), Optional.of(subject.id().toString()),
                networks.size() == 1 ? Optional.of(networks.getFirst()) : Optional.empty()));
    }
}
