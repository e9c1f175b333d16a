package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.SignInUseCase.Session;
import de.koop.application.port.in.TooManySignInAttemptsException;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Accounts, their roles and their sessions, with the real password hash. */
class UserServiceTest {

    private static final String FROM = "192.0.2.1";

    private final UseCaseFixture koop = new UseCaseFixture();
    private final UserService users = koop.userService;

    private User account(String username) {
        return users.create(username, PASSWORD, false);
    }

    @Test
    void anAccountNeedsALongEnoughPasswordAndAUsernameNobodyHas() {
        account("jana.vogel@sonnenschein.example");

        assertThatThrownBy(() -> users.create("tom.richter@pflege.example", "zu-kurz", false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> users.create("Jana.Vogel@Sonnenschein.example", PASSWORD, false))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(RuleCode.USERNAME_TAKEN));
        assertThat(users.signIn("tom.richter@pflege.example", "zu-kurz", FROM)).isEmpty();
    }

    @Test
    void theRightPasswordOpensASessionAndAWrongOneOrAnUnknownNameDoesNot() {
        User jana = account("jana.vogel@sonnenschein.example");

        assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM)).hasValueSatisfying(
                session -> assertThat(session.user().getId()).isEqualTo(jana.getId()));
        assertThat(users.signIn("jana.vogel@sonnenschein.example", "Falsches-Passwort", FROM)).isEmpty();
        assertThat(users.signIn("niemand@example.org", PASSWORD, FROM)).isEmpty();
    }

    @Test
    void aRefreshTokenRenewsTheSessionOnceAndItsReuseEndsTheWholeSignIn() {
        account("jana.vogel@sonnenschein.example");
        String first = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM).orElseThrow().refreshToken();

        String second = users.refresh(first).map(Session::refreshToken).orElseThrow();
        Optional<Session> stolen = users.refresh(first);

        assertThat(second).isNotEqualTo(first);
        assertThat(stolen).as("a used token came back").isEmpty();
        assertThat(users.refresh(second)).as("its successor is revoked with it").isEmpty();
    }

    @Test
    void aRefreshTokenRunsOutAfterItsLifetimeAndEndsWithSignOut() {
        account("jana.vogel@sonnenschein.example");
        String kept = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM).orElseThrow().refreshToken();
        String signedOut = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM).orElseThrow().refreshToken();

        assertThat(users.signOut(signedOut)).isTrue();
        assertThat(users.refresh(signedOut)).isEmpty();
        koop.clock.advance(Duration.ofDays(14));
        assertThat(users.refresh(kept)).isEmpty();
    }

    @Test
    void endingTheSessionsOfAnAccountRevokesEveryRefreshToken() {
        User jana = account("jana.vogel@sonnenschein.example");
        String phone = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM).orElseThrow().refreshToken();
        String laptop = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, "198.51.100.7").orElseThrow()
                .refreshToken();

        users.endSessions(jana.getId());

        assertThat(users.refresh(phone)).isEmpty();
        assertThat(users.refresh(laptop)).isEmpty();
    }

    @Test
    void aRoleIsGrantedPerNetworkForAPartnerOfThatNetworkAndRevokedAgain() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        Partner stranger = koop.partner(koop.network("Anderes Netzwerk"), "Fremder Pflegedienst");
        User jana = account("jana.vogel@sonnenschein.example");

        users.grant(jana.getId(), network.getId(), NetworkRole.MEMBER, Optional.of(partner.getId()));

        assertThat(users.find(jana.getId()).grantIn(network.getId())).hasValueSatisfying(grant -> {
            assertThat(grant.role()).isEqualTo(NetworkRole.MEMBER);
            assertThat(grant.partnerId()).contains(partner.getId());
        });
        assertThatThrownBy(() -> users.grant(jana.getId(), network.getId(), NetworkRole.MEMBER,
                Optional.of(stranger.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.grant(jana.getId(), NetworkId.newId(), NetworkRole.COORDINATOR,
                Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThat(users.revoke(jana.getId(), network.getId()).getGrants()).isEmpty();
    }

    @Test
    void anAdministratorDeletesAnAccountButNotTheirOwnAndTheDeletedOneSignsInNoMore() {
        User admin = users.create("admin", "Admin-Passwort-2026", true);
        User jana = account("jana.vogel@sonnenschein.example");
        String refresh = users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM).orElseThrow().refreshToken();

        assertThatThrownBy(() -> users.delete(admin.getId(), admin.getId())).isInstanceOf(RuleViolationException.class);
        User deleted = users.delete(jana.getId(), admin.getId());

        assertThat(deleted.getUsername()).isEqualTo("geloescht-" + jana.getId());
        assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM)).isEmpty();
        assertThat(users.signIn("geloescht-" + jana.getId(), PASSWORD, FROM)).isEmpty();
        assertThat(users.refresh(refresh)).isEmpty();
        assertThat(users.delete(jana.getId(), admin.getId()).getUsername()).as("again: the same")
                .isEqualTo(deleted.getUsername());
        assertThat(users.signIn("admin", "Admin-Passwort-2026", FROM)).isPresent();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceAndKeptWithItsPassword() {
        users.ensureAdministrator("admin", "Admin-Passwort-2026");
        users.ensureAdministrator("admin", "Anderes-Passwort-2026");

        assertThat(users.signIn("admin", "Admin-Passwort-2026", FROM)).hasValueSatisfying(
                session -> assertThat(session.user().isAdministrator()).isTrue());
        assertThat(users.signIn("admin", "Anderes-Passwort-2026", FROM)).isEmpty();
    }

    /** The sign-in throttle as a user meets it: five failures per account and address within five minutes. */
    @Nested
    class TooManyAttempts {

        private void fail(String username, String from, int times) {
            for (int i = 0; i < times; i++) {
                assertThat(users.signIn(username, "Falsches-Passwort", from)).isEmpty();
            }
        }

        @Test
        void fiveFailuresStopThatAddressForAWhileButNotTheOwnerElsewhere() {
            account("jana.vogel@sonnenschein.example");
            fail("jana.vogel@sonnenschein.example", FROM, 5);

            assertThatThrownBy(() -> users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM))
                    .isInstanceOfSatisfying(TooManySignInAttemptsException.class,
                            e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
            assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, "198.51.100.7")).isPresent();
            koop.clock.advance(Duration.ofMinutes(5));
            assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM)).isPresent();
        }

        @Test
        void aSuccessfulSignInDoesNotCountAgainstTheLimit() {
            account("jana.vogel@sonnenschein.example");
            for (int i = 0; i < 10; i++) {
                assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM)).isPresent();
            }
            fail("jana.vogel@sonnenschein.example", FROM, 4);

            assertThat(users.signIn("jana.vogel@sonnenschein.example", PASSWORD, FROM)).isPresent();
        }

        @Test
        void oneAddressTryingManyAccountsIsStoppedAfterTwentyFailures() {
            for (int i = 0; i < 5; i++) {
                fail("konto" + i + "@example.org", FROM, 4);
            }

            assertThatThrownBy(() -> users.signIn("konto9@example.org", PASSWORD, FROM))
                    .isInstanceOf(TooManySignInAttemptsException.class);
        }
    }
}
