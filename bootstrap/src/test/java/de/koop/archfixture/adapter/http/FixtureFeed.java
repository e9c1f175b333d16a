package de.koop.archfixture.adapter.http;

import de.koop.archfixture.application.port.in.FixtureRecords;
import de.koop.archfixture.application.port.out.FixtureDates;

/** Violation: a driving adapter uses an out-port's type. */
public final class FixtureFeed {

    public String created(FixtureRecords records) {
        FixtureDates.Dates dates = records.dates();
        return dates.created().toString();
    }
}
