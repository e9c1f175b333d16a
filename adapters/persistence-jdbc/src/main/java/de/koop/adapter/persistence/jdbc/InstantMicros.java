package de.koop.adapter.persistence.jdbc;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants as microseconds since the epoch in a BIGINT: MariaDB and H2 keep all of them, with no
 * time zone for either database to apply.
 */
@Singleton
public final class InstantMicros {

    public long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** An instant that may be absent, as a nullable column. */
    public Long micros(Optional<Instant> instant) {
        return instant.map(this::micros).orElse(null);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
