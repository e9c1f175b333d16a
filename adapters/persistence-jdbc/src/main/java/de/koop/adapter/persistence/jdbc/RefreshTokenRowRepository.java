package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data's access to the {@code refresh_token} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRowRepository extends CrudRepository<RefreshTokenRow, String> {

    /** @return 1 when the token was valid until now, 0 when unknown or revoked before */
    @Query(value = "UPDATE refresh_token SET revoked = TRUE WHERE token_hash = :tokenHash AND revoked = FALSE",
            nativeQuery = true)
    int revoke(String tokenHash);

    @Query(value = "UPDATE refresh_token SET revoked = TRUE WHERE family = :family", nativeQuery = true)
    int revokeFamily(String family);

    @Query(value = "UPDATE refresh_token SET revoked = TRUE WHERE user_id = :userId", nativeQuery = true)
    int revokeAllOf(String userId);
}
