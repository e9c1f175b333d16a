package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.RefreshTokens;
import de.koop.domain.shared.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** {@link RefreshTokens} on a relational database. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcRefreshTokens implements RefreshTokens {

    private final RefreshTokenRowRepository rows;
    private final InstantMicros micros;

    JdbcRefreshTokens(RefreshTokenRowRepository rows, InstantMicros micros) {
        this.rows = rows;
        this.micros = micros;
    }

    @Override
    @Transactional
    public void store(Stored token) {
        if (rows.existsById(token.hash())) {
            throw new IllegalStateException("refresh token stored already");
        }
        rows.save(new RefreshTokenRow(token.hash(), token.userId().toString(), token.family(),
                micros.micros(token.expiresAt()), token.revoked()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Stored> find(String hash) {
        return rows.findById(hash).map(row -> new Stored(row.tokenHash(), new UserId(UUID.fromString(row.userId())),
                row.family(), InstantMicros.instant(row.expiresAtMicros()), row.revoked()));
    }

    @Override
    @Transactional
    public boolean revoke(String hash) {
        return rows.revoke(hash) == 1;
    }

    @Override
    @Transactional
    public void revokeFamily(String family) {
        rows.revokeFamily(family);
    }

    @Override
    @Transactional
    public void revokeAllOf(UserId user) {
        rows.revokeAllOf(user.toString());
    }
}
