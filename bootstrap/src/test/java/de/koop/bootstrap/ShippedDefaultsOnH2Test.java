package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded database that koop starts on by default, in a file of the test's own. */
class ShippedDefaultsOnH2Test extends ShippedDefaultsScenarios {

    private static final String SHIPPED_FILE = "./data/koop";

    @TempDir
    Path directory;

    @Override
    protected Map<String, Object> database() {
        String shipped = ShippedSettings.text("datasources.default.url");
        assertThat(shipped).as("the shipped database URL").contains(SHIPPED_FILE);
        return Map.of("datasources.default.url", shipped.replace(SHIPPED_FILE, directory.resolve("koop").toString()));
    }
}
