package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.access.User;
import de.koop.domain.shared.UserId;
import java.util.Optional;

/** Stores user accounts. Implementations must pass {@code UsersContract} from the application test-jar. */
public interface Users {

    /**
     * Stores a new or changed user and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored user has another version
     * @throws IllegalStateException when another user has the same username
     */
    @Writes(Kind.USER)
    User save(User user);

    @Reads
    Optional<User> findById(UserId id);

    /** The user of a username, compared without regard to case. */
    @Reads
    Optional<User> findByUsername(String username);

    /** All users, by username. */
    @Reads
    Page<User> page(PageRequest request);
}
