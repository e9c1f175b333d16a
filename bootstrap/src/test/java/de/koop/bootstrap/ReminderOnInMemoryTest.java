package de.koop.bootstrap;

class ReminderOnInMemoryTest extends ReminderScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory(settings());
    }
}
