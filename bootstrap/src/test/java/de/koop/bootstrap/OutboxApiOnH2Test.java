package de.koop.bootstrap;

class OutboxApiOnH2Test extends OutboxApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onH2File("./target/e2e-h2/outbox");
    }
}
