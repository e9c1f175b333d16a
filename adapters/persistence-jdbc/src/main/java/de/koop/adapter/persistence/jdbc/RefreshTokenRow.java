package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the {@code refresh_token} table. */
@MappedEntity("refresh_token")
public record RefreshTokenRow(@Id String tokenHash, String userId, String family, long expiresAtMicros,
                              boolean revoked) {
}
