package de.koop.bootstrap;

class StampedAnswersOnMariaDbTest extends StampedAnswerScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
