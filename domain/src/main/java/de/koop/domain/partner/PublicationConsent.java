package de.koop.domain.partner;

import java.time.LocalDate;
import java.util.Objects;

/** Whether a partner allowed something to be published, and since when. */
public sealed interface PublicationConsent {

    boolean isGiven();

    /** Never asked, or never answered: nothing is published. */
    record NotGiven() implements PublicationConsent {
        @Override
        public boolean isGiven() {
            return false;
        }
    }

    /** Allowed since the given date. */
    record Given(LocalDate since) implements PublicationConsent {
        public Given {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public boolean isGiven() {
            return true;
        }
    }

    /** Allowed once, withdrawn on the given date: nothing is published any more. */
    record Withdrawn(LocalDate since) implements PublicationConsent {
        public Withdrawn {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public boolean isGiven() {
            return false;
        }
    }
}
