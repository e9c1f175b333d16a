package de.koop.bootstrap;

class OutboxApiOnMariaDbTest extends OutboxApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
