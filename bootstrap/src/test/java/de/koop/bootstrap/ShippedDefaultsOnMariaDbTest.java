package de.koop.bootstrap;

import java.util.Map;

class ShippedDefaultsOnMariaDbTest extends ShippedDefaultsScenarios {

    @Override
    protected Map<String, Object> database() {
        return RunningKoop.mariaDb();
    }
}
