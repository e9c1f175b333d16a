package de.koop.bootstrap;

/** The coordinator's scenarios over HTTP on MariaDB, as production runs. */
class CoordinatorApiOnMariaDbTest extends CoordinatorApiScenarios {

    @Override
    protected RunningKoop startKoop() {
        return RunningKoop.onMariaDb();
    }
}
