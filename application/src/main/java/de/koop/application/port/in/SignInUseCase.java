package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.application.usecase.Query;
import de.koop.domain.access.User;
import java.util.Optional;

/**
 * Signing in with a password, and the long-lived refresh tokens that renew the short access tokens
 * until the user signs out. Each call is one transaction.
 */
public interface SignInUseCase {

    /** A signed-in user and the refresh token of the session. */
    record Session(User user, String refreshToken) {
    }

    /**
     * The user, if the password is right; the same answer for an unknown name as for a wrong password.
     * Failed attempts are limited per account and address, per address, and per account from addresses
     * it has not signed in from.
     *
     * @param from where the attempt comes from, as the driving adapter sees it (the client's address)
     * @throws TooManySignInAttemptsException when too many attempts from there failed lately; the
     *                                        password is then not checked
     */
    @Command(Permission.ANYONE)
    Optional<Session> signIn(String username, String password, String from);

    /** A new session for a valid, unrevoked refresh token, which is used up (rotation). */
    @Command(Permission.ANYONE)
    Optional<Session> refresh(String refreshToken);

    /**
     * Revokes the refresh token: the session ends once the current access token expires.
     *
     * @return whether a valid token was revoked
     */
    @Command(Permission.ANYONE)
    boolean signOut(String refreshToken);

    /** The current state of a signed-in user (roles may have changed since the token was issued). */
    @Query(Permission.SIGNED_IN)
    Optional<User> current(de.koop.domain.shared.UserId id);
}
