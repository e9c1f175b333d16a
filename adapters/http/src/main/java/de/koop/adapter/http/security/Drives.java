package de.koop.adapter.http.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The in-port operation a route drives: {@link AccessRule} asks the application's policy for that
 * operation's declared permission before the request's body is read, so that a caller who may not call
 * it is refused before its input is judged. A route without it is for administrators only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Drives {

    /** The in-port. */
    Class<?> port();

    /** The name of the operation in it. */
    String operation();
}
