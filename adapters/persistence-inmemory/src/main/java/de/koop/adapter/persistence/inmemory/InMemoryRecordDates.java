package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.RecordTimestamps;
import de.koop.application.port.out.RecordDates;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RecordDates} in memory. */
public final class InMemoryRecordDates implements RecordDates {

    private final ConcurrentMap<UUID, RecordTimestamps> byId = new ConcurrentHashMap<>();

    @Override
    public void written(UUID id, Instant at) {
        InMemoryTransactions.beforeWriting(byId, id);
        byId.merge(id, new RecordTimestamps(at, at), (known, now) -> new RecordTimestamps(known.created(), at));
    }

    @Override
    public Map<UUID, RecordTimestamps> of(Collection<UUID> ids) {
        Map<UUID, RecordTimestamps> found = new HashMap<>();
        for (UUID id : ids) {
            RecordTimestamps dates = byId.get(id);
            if (dates != null) {
                found.put(id, dates);
            }
        }
        return found;
    }

    /** Forgets every record. */
    public void clear() {
        byId.clear();
    }
}
