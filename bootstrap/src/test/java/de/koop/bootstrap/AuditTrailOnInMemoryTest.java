package de.koop.bootstrap;

class AuditTrailOnInMemoryTest extends AuditTrailScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
