/**
 * Who is acting and what they may do: the {@link de.koop.application.access.Actor} a driving adapter
 * names through {@link de.koop.application.access.CurrentActor}, the
 * {@link de.koop.application.access.Permission}s the in-port operations declare, and the one
 * {@link de.koop.application.access.AccessPolicy} that decides. Refusals are the exceptions of this
 * package; a driving adapter maps them (HTTP: 401, 403, 404).
 */
package de.koop.application.access;
