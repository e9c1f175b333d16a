package de.koop.bootstrap;

class ReminderOnMariaDbTest extends ReminderScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb(settings());
    }
}
