package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Users} store must do. */
public abstract class UsersContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        Users users();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    @Test
    void keepsAUserWithItsRolesAndFindsItByNameWhateverTheCase() {
        NetworkId leipzig = NetworkId.newId();
        NetworkId nordsachsen = NetworkId.newId();
        PartnerId partner = PartnerId.newId();
        User user = User.create(UserId.newId(), "Katrin.Boehme@leipzig.example", "$2a$12$hash", false);
        user.grant(leipzig, NetworkRole.COORDINATOR, Optional.empty());
        user.grant(nordsachsen, NetworkRole.MEMBER, Optional.of(partner));

        User saved = stores().users().save(user);
        User found = stores().users().findByUsername("KATRIN.BOEHME@leipzig.example").orElseThrow();

        assertThat(saved.getVersion()).isZero();
        assertThat(found.getId()).isEqualTo(user.getId());
        assertThat(found.getUsername()).isEqualTo("katrin.boehme@leipzig.example");
        assertThat(found.getPasswordHash()).isEqualTo("$2a$12$hash");
        assertThat(found.getGrants()).isEqualTo(user.getGrants());
        ReadBack.sameAsGiven(found, user, "version", 0);
        ReadBack.sameAsGiven(stores().users().findById(user.getId()).orElseThrow(), user, "version", 0);
        assertThat(stores().users().page(new PageRequest(0, 10)).totalItems()).isEqualTo(1);
    }

    @Test
    void savesEveryChangeOfAUser() {
        NetworkId leipzig = NetworkId.newId();
        NetworkId nordsachsen = NetworkId.newId();
        User user = User.create(UserId.newId(), "katrin@leipzig.example", "$2a$12$alt", true);
        user.grant(leipzig, NetworkRole.COORDINATOR, Optional.empty());
        user = ReadBack.saved(user, stores().users()::save, u -> stores().users().findById(u.getId()), "version", 0);

        user.changePasswordHash("$2a$12$neu");
        user.revoke(leipzig);
        user.grant(nordsachsen, NetworkRole.MEMBER, Optional.of(PartnerId.newId()));
        user.grant(leipzig, NetworkRole.MEMBER, Optional.of(PartnerId.newId()));
        stores().users().save(user);

        User found = stores().users().findById(user.getId()).orElseThrow();
        assertThat(found.getPasswordHash()).isEqualTo("$2a$12$neu");
        assertThat(found.getGrants()).isEqualTo(user.getGrants());
        ReadBack.sameAsGiven(found, user, "version", 1);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentSavesOfTheSameVersionWin() throws Exception {
        User original = stores().users().save(User.create(UserId.newId(), "katrin@leipzig.example", "h", false));
        long[] version = {0};

        ConcurrentSaves.raceRounds(() -> stores().users().findById(original.getId()).orElseThrow(),
                (copy, writer) -> copy.changePasswordHash("Schreiber " + writer + " in Runde " + version[0]),
                stores().users()::save, winner -> {
                    User stored = stores().users().findById(original.getId()).orElseThrow();
                    assertThat(stored.getPasswordHash()).isEqualTo("Schreiber " + winner + " in Runde " + version[0]);
                    assertThat(stored.getVersion()).isEqualTo(++version[0]);
                });
    }

    @Test
    void pagesUsersByName() {
        List<UserId> ids = Ids.descending(4, UserId::new);
        List<String> names = List.of("zora@pflege.example", "anna@pflege.example", "mia@pflege.example", "bernd@pflege.example");
        for (int i = 0; i < names.size(); i++) {
            stores().users().save(User.create(ids.get(i), names.get(i), "h", false));
        }

        Page<User> first = stores().users().page(new PageRequest(0, 3));
        Page<User> second = stores().users().page(new PageRequest(1, 3));

        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(first.items()).extracting(User::getUsername)
                .containsExactly("anna@pflege.example", "bernd@pflege.example", "mia@pflege.example");
        assertThat(second.items()).extracting(User::getUsername).containsExactly("zora@pflege.example");
    }

    @Test
    void aDeletedUserIsFoundByItsIdAndItsNewNameOnly() {
        NetworkId leipzig = NetworkId.newId();
        User user = User.create(UserId.newId(), "erika@pflege.example", "$2a$12$hash", true);
        user.grant(leipzig, NetworkRole.COORDINATOR, Optional.empty());
        User saved = stores().users().save(user);

        saved.delete();
        stores().users().save(saved);

        User found = stores().users().findById(user.getId()).orElseThrow();
        assertThat(found.getUsername()).isEqualTo("geloescht-" + user.getId());
        assertThat(found.isDeleted()).isTrue();
        assertThat(found.isAdministrator()).isFalse();
        assertThat(found.getGrants()).isEmpty();
        ReadBack.sameAsGiven(found, saved, "version", 1);
        assertThat(stores().users().findByUsername("erika@pflege.example")).isEmpty();
        assertThat(stores().users().findByUsername("geloescht-" + user.getId())).hasValueSatisfying(u ->
                assertThat(u.getId()).isEqualTo(user.getId()));
        assertThat(stores().users().save(User.create(UserId.newId(), "erika@pflege.example", "h", false)).getVersion())
                .as("the name is free again").isZero();
    }

    @Test
    void refusesATakenNameAndAStaleVersion() {
        User first = stores().users().save(User.create(UserId.newId(), "admin", "h", true));
        User changed = stores().users().findById(first.getId()).orElseThrow();
        changed.revoke(NetworkId.newId());
        stores().users().save(changed);

        assertThatThrownBy(() -> stores().users().save(User.create(UserId.newId(), "Admin", "h", false)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores().users().save(first)).isInstanceOf(VersionConflictException.class)
                .hasMessageStartingWith("Benutzerkonto " + first.getId());
    }

    @Test
    void aUseCaseThatFailsAfterSavingLeavesNoUserSavedOrChanged() {
        UserId id = UserId.newId();
        User kept = stores().users().save(User.create(id, "erika@pflege.example", "h", false));
        User changed = stores().users().findById(id).orElseThrow();
        changed.changePasswordHash("nie gespeichert");
        User added = User.create(UserId.newId(), "nie@pflege.example", "h", false);

        // one use case per write, so that what one undoes cannot hide what another failed to undo
        FailingUseCase.run(stores(), () -> stores().users().save(changed));
        FailingUseCase.run(stores(), () -> stores().users().save(added));

        assertThat(stores().users().findById(added.getId())).isEmpty();
        assertThat(stores().users().findByUsername("nie@pflege.example")).isEmpty();
        ReadBack.sameAsGiven(stores().users().findById(id).orElseThrow(), kept, "version", 0);
        FailingUseCase.commit(stores(), () -> stores().users().save(changed));
        assertThat(stores().users().findById(id).orElseThrow().getPasswordHash()).isEqualTo("nie gespeichert");
    }
}
