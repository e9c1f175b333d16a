package de.koop.adapter.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that answers through {@link StampedAnswers}: with an {@code ETag}, and {@code 304 Not Modified} to
 * an {@code If-None-Match} that still holds. The build step that completes the OpenAPI document documents
 * both for every route marked so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Stamped {
}
