package de.koop.bootstrap;

class OParlApiOnInMemoryTest extends OParlApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
