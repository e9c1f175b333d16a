package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Users;
import de.koop.domain.access.User;
import de.koop.domain.shared.UserId;
import java.util.Optional;

/** {@link Users} in memory, for tests and demos. */
public final class InMemoryUsers implements Users {

    private final VersionedStore<UserId, User> store = new VersionedStore<>(new VersionedStore.Kind<>() {
        @Override
        public String germanName() {
            return "Benutzerkonto";
        }

        @Override
        public UserId id(User user) {
            return user.getId();
        }

        @Override
        public long version(User user) {
            return user.getVersion();
        }

        @Override
        public String name(User user) {
            return user.getUsername();
        }

        @Override
        public User copy(User u, long version) {
            return User.reconstitute(u.getId(), u.getUsername(), u.getPasswordHash(), u.isAdministrator(),
                    u.getGrants(), version);
        }
    });

    @Override
    public synchronized User save(User user) {
        findByUsername(user.getUsername()).filter(other -> !other.getId().equals(user.getId())).ifPresent(other -> {
            throw new IllegalStateException("username " + user.getUsername() + " is taken");
        });
        return store.save(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return store.findById(id);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        String wanted = User.normalise(username);
        return store.list(u -> u.getUsername().equals(wanted)).stream().findFirst();
    }

    @Override
    public Page<User> page(PageRequest request) {
        return store.page(u -> true, request);
    }

    /** Forgets every user. */
    public void clear() {
        store.clear();
    }
}
