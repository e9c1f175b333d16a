package de.koop.adapter.http;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/** The day a request is about: the {@code on} parameter, or today in Germany. */
@Singleton
class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    LocalDate orGiven(String on) {
        Fields fields = new Fields();
        LocalDate date = fields.date("on", on);
        fields.throwIfInvalid();
        return date == null ? today() : date;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
