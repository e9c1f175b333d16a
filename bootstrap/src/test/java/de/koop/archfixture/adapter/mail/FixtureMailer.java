package de.koop.archfixture.adapter.mail;

import de.koop.archfixture.domain.shared.FixtureId;

/** A clean adapter, so that the adapter rules see every adapter package of the fixture, too. */
public final class FixtureMailer {

    public String subjectFor(FixtureId id) {
        return "Fixture " + id;
    }
}
