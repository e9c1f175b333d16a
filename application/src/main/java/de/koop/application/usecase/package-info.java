/**
 * The declared boundary of every use case: an in-port operation is a {@link de.koop.application.usecase.Command}
 * or a {@link de.koop.application.usecase.Query} with the {@link de.koop.application.access.Permission} it
 * requires, and {@link de.koop.application.usecase.UseCaseBoundary} wraps an in-port so that each call is
 * checked against the {@link de.koop.application.access.AccessPolicy} and runs as one transaction.
 */
package de.koop.application.usecase;
