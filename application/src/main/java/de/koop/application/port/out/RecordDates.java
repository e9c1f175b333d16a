package de.koop.application.port.out;

import de.koop.application.change.Bookkeeping;
import de.koop.application.change.Reads;

import de.koop.application.port.RecordTimestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * When each stored record (a network, partner, body or meeting, by its id) was first written and last
 * changed, as the public read API (OParl's {@code created} and {@code modified}) reports them.
 * Implementations must pass {@code RecordDatesContract} from the application test-jar.
 */
public interface RecordDates {

    /** Notes a write of the record at {@code at}: its creation the first time, a change every time. */
    @Bookkeeping
    void written(UUID id, Instant at);

    /** The dates of those of the given records that were written; unknown ids are left out. */
    @Reads
    Map<UUID, RecordTimestamps> of(Collection<UUID> ids);
}
