package de.koop.bootstrap;

class AgreementApiOnMariaDbTest extends AgreementApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
