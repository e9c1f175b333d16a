package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The refresh tokens handed out at sign-in, kept only as hashes: whoever reads the store cannot use
 * them. Implementations must pass {@code RefreshTokensContract} from the application test-jar.
 */
public interface RefreshTokens {

    /**
     * A refresh token as stored: whose it is, the sign-in it descends from (its family: each refresh
     * hands on the family), until when it is valid, and whether it was revoked.
     */
    record Stored(String hash, UserId userId, String family, Instant expiresAt, boolean revoked) {
    }

    @Writes(Kind.SESSION)
    void store(Stored token);

    @Reads
    Optional<Stored> find(String hash);

    /** Revokes one token; @return whether it was there and valid until now */
    @Writes(Kind.SESSION)
    boolean revoke(String hash);

    /** Revokes every token of a family: a used token came back, so one of the two holders is a thief. */
    @Writes(Kind.SESSION)
    void revokeFamily(String family);

    /** Revokes every token of a user: all their sessions end with their access tokens. */
    @Writes(Kind.SESSION)
    void revokeAllOf(UserId user);
}
