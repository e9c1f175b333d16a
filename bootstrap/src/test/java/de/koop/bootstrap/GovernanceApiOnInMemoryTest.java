package de.koop.bootstrap;

class GovernanceApiOnInMemoryTest extends GovernanceApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
