package de.koop.bootstrap;

class StampedAnswersOnInMemoryTest extends StampedAnswerScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.inMemory();
    }
}
