package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** A row of the {@code app_user} table; grants one per line as {@code networkId:ROLE[:partnerId]}. */
@MappedEntity("app_user")
public record UserRow(@Id String id, String username, String passwordHash, boolean administrator,
                      @Nullable String grants, @Version Long version) {
}
