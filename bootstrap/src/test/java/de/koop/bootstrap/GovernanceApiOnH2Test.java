package de.koop.bootstrap;

class GovernanceApiOnH2Test extends GovernanceApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onH2File("./target/e2e-h2/governance");
    }
}
