package de.koop.application.usecase;

import de.koop.application.access.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An in-port operation that changes something: it runs in one read-write transaction and leaves an
 * entry in the audit trail. An operation declared neither so nor as {@link Query} is for administrators
 * only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Command {

    /** Who may call it. */
    Permission value();
}
