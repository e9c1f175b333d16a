/**
 * The application's unit of work: it collects the {@link de.koop.application.change.Change}s of one use case
 * run and hands them to the handlers of their effects, within the run's transaction.
 */
package de.koop.application.unitofwork;
