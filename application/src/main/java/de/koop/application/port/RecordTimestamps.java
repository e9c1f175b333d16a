package de.koop.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * When a stored record was first written and last changed: what the out-port {@code RecordDates}
 * keeps and the public read API (OParl's {@code created} and {@code modified}) reports.
 */
public record RecordTimestamps(Instant created, Instant modified) {

    public RecordTimestamps {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }
}
