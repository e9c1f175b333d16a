package de.koop.archfixture.adapter.persistence.jdbc;

import de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore;
import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: one adapter depends on another. */
public final class JdbcFixtureStore implements FixtureStore {

    private final InMemoryFixtureStore cache;

    public JdbcFixtureStore(InMemoryFixtureStore cache) {
        this.cache = cache;
    }

    @Override
    public void save(FixtureId id) {
        cache.save(id);
    }
}
