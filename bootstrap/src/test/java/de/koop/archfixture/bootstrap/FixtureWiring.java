package de.koop.archfixture.bootstrap;

import de.koop.archfixture.adapter.http.FixtureController;
import de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore;
import de.koop.archfixture.adapter.persistence.jdbc.JdbcFixtureStore;
import de.koop.archfixture.application.port.in.RegisterFixtureUseCase;
import de.koop.archfixture.application.service.FixtureService;

/** Bootstrap may see everything; it is only the other end of the adapter - bootstrap cycle. */
public final class FixtureWiring {

    private FixtureWiring() {
    }

    public static RegisterFixtureUseCase registerFixture() {
        return new FixtureService(new JdbcFixtureStore(new InMemoryFixtureStore()));
    }

    public static FixtureController controller() {
        return new FixtureController();
    }
}
