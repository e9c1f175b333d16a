package de.koop.archfixture.adapter.http;

import de.koop.archfixture.application.service.FixtureService;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: an adapter calls a service instead of its in-port. */
public final class FixtureShortcut {

    private final FixtureService service;

    public FixtureShortcut(FixtureService service) {
        this.service = service;
    }

    public FixtureId post(String name) {
        return service.register(name);
    }
}
