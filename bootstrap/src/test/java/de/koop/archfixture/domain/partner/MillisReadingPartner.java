package de.koop.archfixture.domain.partner;

/** Violation: the domain reads the system clock. */
public final class MillisReadingPartner {

    public long ageInMillis(long createdAtMillis) {
        return System.currentTimeMillis() - createdAtMillis;
    }
}
