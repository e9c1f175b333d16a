package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.usecase.Query;
import de.koop.domain.access.User;
import de.koop.domain.shared.UserId;

/** The user accounts, for administrators. */
public interface FindUsersQuery {

    /** @throws NotFoundException when there is no such account */
    @Query(Permission.ADMINISTER)
    User find(UserId user);

    @Query(Permission.ADMINISTER)
    Page<User> list(PageRequest request);
}
