package de.koop.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A deleted user account: what it keeps (its id) and what it loses (name, password, rights). */
class UserTest {

    private static final NetworkId NETWORK = NetworkId.newId();

    @Test
    void aDeletedAccountNamesNobodySignsInNoMoreAndTakesNoRoleButKeepsItsId() {
        UserId id = UserId.newId();
        NetworkId other = NetworkId.newId();
        User account = User.create(id, "anna@praxis.example", "$2a$12$hash", true);
        account.grant(NETWORK, NetworkRole.MEMBER, Optional.of(PartnerId.newId()));
        assertThat(account.actsBeyond(NETWORK)).as("an administrator").isTrue();

        account.delete();

        assertThat(account.getId()).isEqualTo(id);
        assertThat(account.getUsername()).isEqualTo("geloescht-" + id);
        assertThat(account.isDeleted()).isTrue();
        assertThat(account.isAdministrator()).isFalse();
        assertThat(account.getGrants()).isEmpty();
        assertThat(account.actsBeyond(NETWORK)).isFalse();
        assertThatThrownBy(() -> account.grant(other, NetworkRole.COORDINATOR, Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(User.create(UserId.newId(), "ben@praxis.example", "$2a$12$hash", false).isDeleted()).isFalse();
    }
}
