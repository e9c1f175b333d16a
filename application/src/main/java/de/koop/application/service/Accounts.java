package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.out.RefreshTokens;
import de.koop.domain.access.User;

/** What deleting a user account takes, whether an administrator deletes it or an erasure of its person. */
final class Accounts {

    private Accounts() {
    }

    /** Deletes the account and ends its sessions; the caller saves it. Access tokens run out (≤ 15 min). */
    static void delete(User account, RefreshTokens refreshTokens, Changes changes) {
        account.delete();
        changes.record(Change.sessionsOf(account.getId()));
        refreshTokens.revokeAllOf(account.getId());
    }
}
