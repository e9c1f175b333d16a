package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.UserId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokens} store must do. */
public abstract class RefreshTokensContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        RefreshTokens refreshTokens();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private static final Instant UNTIL = Instant.parse("2026-12-01T10:00:00Z");

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void keepsATokenAsStoredAndRefusesItsHashTwice() {
        UserId user = UserId.newId();
        RefreshTokens.Stored token = new RefreshTokens.Stored(hash('d'), user, "f1", UNTIL, false);
        RefreshTokens.Stored revoked = new RefreshTokens.Stored(hash('e'), user, "f2",
                Instant.parse("2027-01-31T23:59:59Z"), true);

        stores().refreshTokens().store(token);
        stores().refreshTokens().store(revoked);

        assertThat(stores().refreshTokens().find(hash('d'))).contains(token);
        assertThat(stores().refreshTokens().find(hash('e'))).contains(revoked);
        assertThat(stores().refreshTokens().find(hash('f'))).isEmpty();
        assertThatThrownBy(() -> stores().refreshTokens().store(
                new RefreshTokens.Stored(hash('d'), UserId.newId(), "f3", UNTIL, false)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(stores().refreshTokens().find(hash('d'))).contains(token);
    }

    @Test
    void revokesAWholeFamilyAndAllTokensOfAUser() {
        UserId user = UserId.newId();
        UserId other = UserId.newId();
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('1'), user, "f1", UNTIL, false));
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('2'), user, "f1", UNTIL, false));
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('3'), user, "f2", UNTIL, false));
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('4'), other, "f3", UNTIL, false));

        stores().refreshTokens().revokeFamily("f1");
        boolean firstOfFamily = stores().refreshTokens().find(hash('1')).orElseThrow().revoked();
        boolean secondOfFamily = stores().refreshTokens().find(hash('2')).orElseThrow().revoked();
        boolean thirdBefore = stores().refreshTokens().find(hash('3')).orElseThrow().revoked();
        stores().refreshTokens().revokeAllOf(user);

        assertThat(stores().refreshTokens().find(hash('2')).orElseThrow().revoked()).isTrue();
        assertThat(firstOfFamily).isTrue();
        assertThat(secondOfFamily).isTrue();
        assertThat(thirdBefore).isFalse();
        assertThat(stores().refreshTokens().find(hash('3'))).contains(
                new RefreshTokens.Stored(hash('3'), user, "f2", UNTIL, true));
        assertThat(stores().refreshTokens().find(hash('4')).orElseThrow().revoked()).isFalse();
    }

    @Test
    void aRefreshTokenIsRevokedOnce() {
        UserId user = UserId.newId();
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('a'), user, "f1", UNTIL, false));

        boolean first = stores().refreshTokens().revoke(hash('a'));
        boolean second = stores().refreshTokens().revoke(hash('a'));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stores().refreshTokens().revoke(hash('b'))).isFalse();
        assertThat(stores().refreshTokens().find(hash('a'))).contains(
                new RefreshTokens.Stored(hash('a'), user, "f1", UNTIL, true));
    }

    @Test
    void aUseCaseThatFailsAfterWritingLeavesNoTokenStoredOrRevoked() {
        UserId id = UserId.newId();
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('a'), id, "f1", UNTIL, false));
        stores().refreshTokens().store(new RefreshTokens.Stored(hash('b'), id, "f2", UNTIL, false));

        // one use case per write, so that what one undoes cannot hide what another failed to undo
        FailingUseCase.run(stores(), () -> stores().refreshTokens().revoke(hash('a')));
        FailingUseCase.run(stores(), () -> stores().refreshTokens().revokeFamily("f2"));
        FailingUseCase.run(stores(), () -> stores().refreshTokens().store(
                new RefreshTokens.Stored(hash('c'), id, "f3", UNTIL, false)));
        FailingUseCase.run(stores(), () -> stores().refreshTokens().revokeAllOf(id));

        assertThat(stores().refreshTokens().find(hash('a')).orElseThrow().revoked()).isFalse();
        assertThat(stores().refreshTokens().find(hash('b')).orElseThrow().revoked()).isFalse();
        assertThat(stores().refreshTokens().find(hash('c'))).isEmpty();
        FailingUseCase.commit(stores(), () -> stores().refreshTokens().revoke(hash('a')));
        assertThat(stores().refreshTokens().find(hash('a')).orElseThrow().revoked()).isTrue();
    }
}
