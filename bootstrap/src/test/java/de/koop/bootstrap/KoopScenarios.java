package de.koop.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Scenarios against a whole running koop: one start per class, an empty store before each scenario.
 * Subclasses say which store it runs on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KoopScenarios {

    /** Starts koop on the store under test. */
    protected abstract RunningKoop startKoop();

    protected RunningKoop koop;
    protected Api api;

    @BeforeAll
    void start() {
        koop = startKoop();
        api = koop.api();
    }

    @AfterAll
    void stop() {
        koop.close();
    }

    @BeforeEach
    void emptyTheStore() {
        koop.emptyStore();
    }
}
