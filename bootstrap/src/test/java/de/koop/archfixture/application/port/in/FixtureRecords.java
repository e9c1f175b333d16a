package de.koop.archfixture.application.port.in;

import de.koop.archfixture.application.port.out.FixtureDates;
import de.koop.archfixture.domain.shared.FixtureId;

/** Violation: an in-port's result carries an out-port's type. */
public record FixtureRecords(FixtureId id, FixtureDates.Dates dates) {
}
