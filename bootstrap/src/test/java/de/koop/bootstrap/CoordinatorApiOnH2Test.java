package de.koop.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The coordinator's scenarios over HTTP on the embedded H2 default. */
class CoordinatorApiOnH2Test extends CoordinatorApiScenarios {

    private static RunningKoop koop;

    @BeforeAll
    static void start() {
        koop = RunningKoop.onH2File("./target/e2e-h2/koop");
    }

    @AfterAll
    static void stop() {
        koop.close();
    }

    @Override
    protected Api api() {
        return koop.api();
    }

    @Override
    protected void emptyStore() {
        koop.emptyStore();
    }
}
