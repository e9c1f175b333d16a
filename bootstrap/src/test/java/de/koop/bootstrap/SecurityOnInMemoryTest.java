package de.koop.bootstrap;

class SecurityOnInMemoryTest extends SecurityScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory(settings());
    }
}
