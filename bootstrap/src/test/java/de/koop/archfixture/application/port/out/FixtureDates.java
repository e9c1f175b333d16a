package de.koop.archfixture.application.port.out;

import de.koop.archfixture.domain.shared.FixtureId;
import java.time.Instant;

/** A clean out-port; its nested value is what an in-port and a driving adapter wrongly reach for. */
public interface FixtureDates {

    record Dates(Instant created) {
    }

    Dates of(FixtureId id);
}
