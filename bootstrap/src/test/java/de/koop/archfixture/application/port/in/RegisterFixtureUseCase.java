package de.koop.archfixture.application.port.in;

import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.application.service.FixtureService;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: an in-port that knows the service implementing it (and so a cycle port.in - service). */
public interface RegisterFixtureUseCase {

    FixtureId register(String name);

    static RegisterFixtureUseCase standard(FixtureStore store) {
        return new FixtureService(store);
    }
}
