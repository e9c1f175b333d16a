package de.koop.archfixture.application.port.in;

/** A clean in-port exception, which a driven adapter wrongly throws. */
public final class StaleFixtureException extends RuntimeException {

    public StaleFixtureException() {
        super("stale");
    }
}
