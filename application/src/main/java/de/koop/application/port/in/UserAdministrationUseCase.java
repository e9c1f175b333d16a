package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import java.util.Optional;

/** Administrators manage the user accounts and their roles in networks ({@link FindUsersQuery} reads them). */
public interface UserAdministrationUseCase {

    /**
     * Opens an account. The password must be at least 12 characters.
     *
     * @throws de.koop.domain.shared.RuleViolationException when the username is taken
     */
    @Command(Permission.ADMINISTER)
    User create(String username, String password, boolean administrator);

    /** Gives the user a role in a network; a member acts for a partner of that network. */
    @Command(Permission.ADMINISTER)
    User grant(UserId user, NetworkId network, NetworkRole role, Optional<PartnerId> partner);

    @Command(Permission.ADMINISTER)
    User revoke(UserId user, NetworkId network);

    /** Ends all sessions of a user: their refresh tokens are revoked, access tokens run out (≤ 15 min). */
    @Command(Permission.ADMINISTER)
    User endSessions(UserId user);

    /**
     * Deletes an account as far as it names a person: the username becomes {@code geloescht-<id>}, no
     * password signs in with it, its roles and sessions end (access tokens run out within 15 minutes). The
     * account stays under its id, so that the audit trail still says who did what. Deleting it again
     * changes nothing.
     *
     * @param deletedBy the administrator who deletes it
     * @throws de.koop.domain.shared.RuleViolationException when administrators would delete their own account
     *         (so that the last one cannot lock everybody out)
     */
    @Command(Permission.ADMINISTER)
    User delete(UserId user, UserId deletedBy);

    /**
     * Opens the first administrator's account at first start, from the configuration; does nothing
     * when an account of that name exists.
     */
    @Command(Permission.ADMINISTER)
    void ensureAdministrator(String username, String password);
}
