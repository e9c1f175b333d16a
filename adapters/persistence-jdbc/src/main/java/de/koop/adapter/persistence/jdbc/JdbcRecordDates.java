package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.RecordTimestamps;
import de.koop.application.port.out.RecordDates;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link RecordDates} in the {@code record_dates} table, written in the transaction of the write it dates. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcRecordDates implements RecordDates {

    private static final int IDS_PER_QUERY = 500;

    private final RecordDatesRowRepository rows;
    private final InstantMicros micros;

    JdbcRecordDates(RecordDatesRowRepository rows, InstantMicros micros) {
        this.rows = rows;
        this.micros = micros;
    }

    @Override
    @Transactional
    public void written(UUID id, Instant at) {
        long when = micros.micros(at);
        // the record's own row is locked by its save in this transaction, so nobody inserts in between
        if (rows.updateModified(id.toString(), when) == 0) {
            rows.save(new RecordDatesRow(id.toString(), when, when));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, RecordTimestamps> of(Collection<UUID> ids) {
        List<String> keys = ids.stream().map(UUID::toString).distinct().toList();
        Map<UUID, RecordTimestamps> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IDS_PER_QUERY) {
            for (RecordDatesRow row : rows.findByIdInList(keys.subList(from, Math.min(keys.size(), from + IDS_PER_QUERY)))) {
                found.put(UUID.fromString(row.id()), new RecordTimestamps(InstantMicros.instant(row.createdMicros()),
                        InstantMicros.instant(row.modifiedMicros())));
            }
        }
        return found;
    }
}
