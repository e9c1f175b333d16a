package de.koop.archfixture.domain.network;

import java.time.Instant;
import java.util.function.Supplier;

/** Violation: the domain reads the clock through a method reference. */
public final class NowReferencingNetwork {

    private final Supplier<Instant> clock = Instant::now;

    public Instant stamp() {
        return clock.get();
    }
}
