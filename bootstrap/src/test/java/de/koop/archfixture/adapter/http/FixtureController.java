package de.koop.archfixture.adapter.http;

import de.koop.archfixture.application.port.in.RegisterFixtureUseCase;
import de.koop.archfixture.bootstrap.FixtureWiring;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: an adapter that reaches into bootstrap (and so a cycle adapter - bootstrap). */
public final class FixtureController {

    private final RegisterFixtureUseCase useCase = FixtureWiring.registerFixture();

    public FixtureId post(String name) {
        return useCase.register(name);
    }
}
