package de.koop.application.usecase;

import de.koop.application.access.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An in-port operation that only reads: it runs in one read-only transaction and is not audited. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

    /** Who may call it. */
    Permission value();
}
