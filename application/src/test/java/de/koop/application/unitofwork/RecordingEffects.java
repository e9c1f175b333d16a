package de.koop.application.unitofwork;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.RecordTimestamps;
import de.koop.application.port.out.AuditTrail;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.RecordDates;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stores the handlers write to, as one log of what was written in which order, so that a test sees the
 * stamp raised before a write and the other effects after it.
 */
final class RecordingEffects implements NetworkStamps, RecordDates, ReminderWakeups, AuditTrail {

    final List<String> log = new ArrayList<>();
    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void changed(NetworkId networkId) {
        log.add("stamp " + networkId.value());
    }

    @Override
    public long stampOf(NetworkId networkId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void written(UUID id, Instant at) {
        log.add("dated " + id + " " + at);
    }

    @Override
    public Map<UUID, RecordTimestamps> of(Collection<UUID> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void wakeAtNextSweep(Subject subject) {
        log.add("wake " + subject.kind() + " " + subject.id());
    }

    @Override
    public void wakeNetworkAtNextSweep(NetworkId networkId) {
        log.add("wake network " + networkId.value());
    }

    @Override
    public List<Subject> dueBy(LocalDate day, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void schedule(Map<Subject, Optional<LocalDate>> next, String rules) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void wakeIfScheduledUnderOtherRules(String rules) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void append(AuditEntry entry) {
        log.add("audit " + entry.useCase());
        entries.add(entry);
    }

    @Override
    public Page<AuditEntry> page(Optional<NetworkId> networkId, PageRequest request) {
        throw new UnsupportedOperationException();
    }
}
