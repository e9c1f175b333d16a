/**
 * What use cases change, as explicit records: the {@link de.koop.application.change.Change} a use case
 * records through {@link de.koop.application.change.Changes} before it writes, and the declarations of store
 * ports that say which methods write ({@link de.koop.application.change.Writes}) and which only read.
 */
package de.koop.application.change;
