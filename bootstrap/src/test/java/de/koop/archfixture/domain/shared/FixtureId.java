package de.koop.archfixture.domain.shared;

import java.util.UUID;

/** A clean value: breaks no rule. */
public record FixtureId(UUID value) {
}
