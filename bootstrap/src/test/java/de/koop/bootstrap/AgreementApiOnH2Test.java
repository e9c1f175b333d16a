package de.koop.bootstrap;

class AgreementApiOnH2Test extends AgreementApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onH2File("./target/e2e-h2/agreements");
    }
}
