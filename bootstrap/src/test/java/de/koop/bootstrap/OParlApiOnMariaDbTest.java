package de.koop.bootstrap;

class OParlApiOnMariaDbTest extends OParlApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
