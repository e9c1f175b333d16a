package de.koop.archfixture.application.port.out;

import de.koop.archfixture.application.service.FixtureService;

/** Violation: an out-port that depends on a service, i.e. on an in-port implementation. */
public interface FixtureAudit {

    void audit(FixtureService service);
}
