package de.koop.archfixture.adapter.persistence.inmemory;

import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.domain.shared.FixtureId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A clean adapter. */
public final class InMemoryFixtureStore implements FixtureStore {

    private final Set<FixtureId> ids = ConcurrentHashMap.newKeySet();

    @Override
    public void save(FixtureId id) {
        ids.add(id);
    }
}
