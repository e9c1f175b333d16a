package de.koop.archfixture.application.port.out;

import de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: an out-port that knows an adapter implementing it (and so a cycle application - adapter). */
public interface FixtureStore {

    void save(FixtureId id);

    static FixtureStore inMemory() {
        return new InMemoryFixtureStore();
    }
}
