package de.koop.bootstrap;

/** The coordinator's scenarios over HTTP on the in-memory stores, as integration tests and demos use them. */
class CoordinatorApiOnInMemoryTest extends CoordinatorApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
