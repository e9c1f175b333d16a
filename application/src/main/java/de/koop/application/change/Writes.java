package de.koop.application.change;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A store method that writes records of one kind for a use case: the use case records the change
 * ({@link Changes#record}) before it calls the method. Every method of a store port is declared
 * {@code @Writes}, {@link Reads} or {@link Bookkeeping}; tests check both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Writes {

    /** The kind of record the method writes. */
    Change.Kind value();
}
