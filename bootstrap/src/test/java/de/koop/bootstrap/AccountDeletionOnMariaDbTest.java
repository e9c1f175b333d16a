package de.koop.bootstrap;

class AccountDeletionOnMariaDbTest extends AccountDeletionScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
