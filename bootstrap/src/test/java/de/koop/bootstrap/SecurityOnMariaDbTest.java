package de.koop.bootstrap;

class SecurityOnMariaDbTest extends SecurityScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb(settings());
    }
}
