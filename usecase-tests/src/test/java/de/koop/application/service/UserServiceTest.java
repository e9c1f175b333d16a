package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.adapter.persistence.inmemory.InMemoryRefreshTokens;
import de.koop.adapter.persistence.inmemory.InMemoryUsers;
import de.koop.application.port.out.PasswordHasher;
import de.koop.domain.access.User;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deleting user accounts on the in-memory stores: an administrator deletes one, but not their own. */
class UserServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final InMemoryUsers users = new InMemoryUsers();
    /** A stand-in for bcrypt: this test is about who may sign in, not about hashing. */
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("plain:" + password);
        }
    };
    private final UserService userService = new UserService(users, new InMemoryRefreshTokens(), hasher, koop.networks,
            koop.partners, Duration.ofDays(14),
            new SignInThrottle.Limits(5, 20, 100, Duration.ofMinutes(5)), UseCaseFixture.CLOCK,
            koop.changes);

    private User account(String username) {
        return users.save(User.create(UserId.newId(), username, "plain:Ein-Passwort-2026", false));
    }

    @Test
    void anAdministratorDeletesAnAccountButNotTheirOwnAndTheDeletedOneSignsInNoMore() {
        User admin = users.save(User.create(UserId.newId(), "admin", "plain:Admin-Passwort-2026", true));
        User jana = account("jana.vogel@sonnenschein.example");
        String refresh = userService.signIn("jana.vogel@sonnenschein.example", "Ein-Passwort-2026", "192.0.2.1").orElseThrow()
                .refreshToken();

        assertThatThrownBy(() -> userService.delete(admin.getId(), admin.getId())).isInstanceOf(RuleViolationException.class);
        User deleted = userService.delete(jana.getId(), admin.getId());

        assertThat(deleted.getUsername()).isEqualTo("geloescht-" + jana.getId());
        assertThat(userService.signIn("jana.vogel@sonnenschein.example", "Ein-Passwort-2026", "192.0.2.1")).isEmpty();
        assertThat(userService.signIn("geloescht-" + jana.getId(), "Ein-Passwort-2026", "192.0.2.1")).isEmpty();
        assertThat(userService.refresh(refresh)).isEmpty();
        assertThat(userService.delete(jana.getId(), admin.getId()).getUsername()).as("again: the same")
                .isEqualTo(deleted.getUsername());
        assertThat(userService.signIn("admin", "Admin-Passwort-2026", "192.0.2.1")).isPresent();
    }
}
