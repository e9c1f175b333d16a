package de.koop.bootstrap;

class GovernanceApiOnMariaDbTest extends GovernanceApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
