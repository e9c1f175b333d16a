package de.koop.bootstrap;

class AuditTrailOnMariaDbTest extends AuditTrailScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
