package de.koop.archfixture.application.service;

import de.koop.archfixture.application.port.in.RegisterFixtureUseCase;
import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.domain.shared.FixtureId;
import jakarta.inject.Provider;
import java.util.UUID;

/** Violation: a service that depends on jakarta (a plain type, so no bean definition is generated). */
public final class FixtureService implements RegisterFixtureUseCase {

    private final Provider<FixtureStore> store;

    public FixtureService(FixtureStore store) {
        this.store = () -> store;
    }

    @Override
    public FixtureId register(String name) {
        FixtureId id = new FixtureId(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        store.get().save(id);
        return id;
    }
}
