package de.koop.application.change;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A store method that writes koop's own bookkeeping, never a use case's change: what the unit of work's
 * handlers write after changes (stamps, record dates, reminder wake-ups, the audit trail), what the reminder
 * sweep schedules and what the outbox notes of a delivery.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bookkeeping {
}
