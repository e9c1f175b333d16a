package de.koop.bootstrap;

class AgreementApiOnInMemoryTest extends AgreementApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
