package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.port.out.AuditTrail;
import de.koop.domain.audit.AuditEntry;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes one audit entry for each run that changed something: who acted, when (UTC), the use case and
 * operation, and the kind and id of its first change, which is what the operation is about, and its network (or
 * that of the first change that has one). Only
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
        trail.append(new AuditEntry(UUID.randomUUID(), clock.instant(), work.actor(), work.operation(),
                subject.kind().auditName(), Optional.of(subject.id().toString()), subject.networkId()
                .or(() -> work.changes().stream().flatMap(change -> change.networkId().stream()).findFirst())));
    }
}
