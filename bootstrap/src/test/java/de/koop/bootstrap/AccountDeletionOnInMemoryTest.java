package de.koop.bootstrap;

class AccountDeletionOnInMemoryTest extends AccountDeletionScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
