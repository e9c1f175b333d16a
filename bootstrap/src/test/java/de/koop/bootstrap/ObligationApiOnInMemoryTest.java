package de.koop.bootstrap;

class ObligationApiOnInMemoryTest extends ObligationApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
