package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.RefreshTokens;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RefreshTokens} in memory. */
public final class InMemoryRefreshTokens implements RefreshTokens {

    private final ConcurrentMap<String, Stored> byHash = new ConcurrentHashMap<>();

    @Override
    public void store(Stored token) {
        InMemoryTransactions.beforeWriting(byHash, token.hash());
        if (byHash.putIfAbsent(token.hash(), token) != null) {
            throw new IllegalStateException("refresh token stored already");
        }
    }

    @Override
    public Optional<Stored> find(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    @Override
    public boolean revoke(String hash) {
        InMemoryTransactions.beforeWriting(byHash, hash);
        Stored[] before = new Stored[1];
        byHash.computeIfPresent(hash, (key, token) -> {
            before[0] = token;
            return new Stored(token.hash(), token.userId(), token.family(), token.expiresAt(), true);
        });
        return before[0] != null && !before[0].revoked();
    }

    @Override
    public void revokeFamily(String family) {
        InMemoryTransactions.beforeWritingAll(byHash);
        byHash.replaceAll((hash, t) -> t.family().equals(family) ? revoked(t) : t);
    }

    @Override
    public void revokeAllOf(de.koop.domain.shared.UserId user) {
        InMemoryTransactions.beforeWritingAll(byHash);
        byHash.replaceAll((hash, t) -> t.userId().equals(user) ? revoked(t) : t);
    }

    private static Stored revoked(Stored t) {
        return new Stored(t.hash(), t.userId(), t.family(), t.expiresAt(), true);
    }

    /** Forgets every token. */
    public void clear() {
        byHash.clear();
    }
}
