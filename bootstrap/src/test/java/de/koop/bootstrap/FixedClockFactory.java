package de.koop.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Tests that must stand on a given day (the day a reminder falls due) start koop with
 * {@code koop.test.today}: its clock then stands still at 07:00 that day in Germany.
 */
@Factory
@Requires(property = "koop.test.today")
class FixedClockFactory {

    @Singleton
    @Replaces(bean = Clock.class, factory = UseCaseFactory.class)
    Clock fixedClock(@Value("${koop.test.today}") String today) {
        return Clock.fixed(LocalDate.parse(today).atTime(7, 0).atZone(UseCaseFactory.GERMANY).toInstant(),
                UseCaseFactory.GERMANY);
    }
}
