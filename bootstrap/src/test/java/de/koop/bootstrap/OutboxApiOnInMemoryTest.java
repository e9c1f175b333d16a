package de.koop.bootstrap;

class OutboxApiOnInMemoryTest extends OutboxApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
