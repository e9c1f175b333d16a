package de.koop.archfixture.adapter.persistence.jdbc;

import de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore;
import de.koop.archfixture.application.port.in.StaleFixtureException;
import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violations: one adapter depends on another; a driven adapter throws an in-port's exception. */
public final class JdbcFixtureStore implements FixtureStore {

    private final InMemoryFixtureStore cache;

    public JdbcFixtureStore(InMemoryFixtureStore cache) {
        this.cache = cache;
    }

    @Override
    public void save(FixtureId id) {
        if (id == null) {
            throw new StaleFixtureException();
        }
        cache.save(id);
    }
}
