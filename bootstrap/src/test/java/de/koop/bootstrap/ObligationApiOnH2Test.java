package de.koop.bootstrap;

class ObligationApiOnH2Test extends ObligationApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onH2File("./target/e2e-h2/obligations");
    }
}
