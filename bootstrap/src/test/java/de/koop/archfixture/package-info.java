/**
 * A miniature of the koop layout that breaks every architecture rule on purpose, so that
 * {@code de.koop.architecture.ArchitectureRulesCatchViolationsTest} can show each rule failing on it.
 * Nothing here is used by the application; {@code KoopClasses.production()} leaves this package out.
 */
package de.koop.archfixture;
