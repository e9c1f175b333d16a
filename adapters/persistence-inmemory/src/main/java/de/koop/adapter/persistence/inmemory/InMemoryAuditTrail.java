package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.AuditTrail;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link AuditTrail} in memory. */
public final class InMemoryAuditTrail implements AuditTrail {

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at).reversed()
            .thenComparing(e -> e.id().toString());

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
        InMemoryTransactions.afterAppending(entries, entry);
    }

    @Override
    public Page<AuditEntry> page(Optional<NetworkId> networkId, PageRequest request) {
        List<AuditEntry> matching = entries.stream().filter(e -> e.networkId().equals(networkId)).sorted(NEWEST_FIRST)
                .toList();
        return Page.of(matching.stream().skip(request.offset()).limit(request.size()).toList(), request,
                matching.size());
    }

    /** Forgets every entry (tests only: the trail itself offers no way to). */
    public void clear() {
        entries.clear();
    }
}
