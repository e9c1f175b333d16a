package de.koop.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The coordinator's scenarios over HTTP on the in-memory stores, as integration tests and demos use them. */
class CoordinatorApiOnInMemoryTest extends CoordinatorApiScenarios {

    private static RunningKoop koop;

    @BeforeAll
    static void start() {
        koop = RunningKoop.inMemory();
    }

    @AfterAll
    static void stop() {
        koop.close();
    }

    @Override
    protected Api api() {
        return koop.api();
    }

    @Override
    protected void emptyStore() {
        koop.emptyStore();
    }
}
