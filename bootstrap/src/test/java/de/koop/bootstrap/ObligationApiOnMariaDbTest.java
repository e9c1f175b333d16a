package de.koop.bootstrap;

class ObligationApiOnMariaDbTest extends ObligationApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
