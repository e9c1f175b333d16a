package de.koop.archfixture.domain.network;

import de.koop.archfixture.domain.shared.FixtureId;
import io.micronaut.core.annotation.Introspected;

/** Violation: a framework annotation in the domain. */
@Introspected
public record IntrospectedNetwork(FixtureId id) {
}
