package de.koop.bootstrap;

/** The coordinator's scenarios over HTTP on the embedded H2 default. */
class CoordinatorApiOnH2Test extends CoordinatorApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onH2File("./target/e2e-h2/koop");
    }
}
