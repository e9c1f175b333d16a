package de.koop.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.access.AccessPolicy;
import de.koop.application.access.AccessPolicy.Decision;
import de.koop.application.access.Actor;
import de.koop.application.access.Permission;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who holds which permission in a network, in one table per actor. */
class AccessPolicyTest {

    private static final NetworkId OWN = NetworkId.newId();
    private static final NetworkId OTHER = NetworkId.newId();
    private final AccessPolicy policy = new AccessPolicy();

    private static Actor with(NetworkRole role) {
        return Actor.user(UserId.newId(), role.name(), false, Map.of(OWN, new User.Grant(role,
                role == NetworkRole.MEMBER ? Optional.of(PartnerId.newId()) : Optional.empty())));
    }

    private Map<Permission, Decision> decisions(Actor actor, Optional<NetworkId> network) {
        Map<Permission, Decision> decisions = new EnumMap<>(Permission.class);
        for (Permission permission : Permission.values()) {
            decisions.put(permission, policy.decide(actor, permission, network));
        }
        return decisions;
    }

    @Test
    void aMemberReadsProposesAndDeclaresItsReadinessInItsNetworkAndFindsNoOther() {
        Actor member = with(NetworkRole.MEMBER);

        assertThat(decisions(member, Optional.of(OWN))).isEqualTo(Map.of(
                Permission.ANYONE, Decision.ALLOWED, Permission.SIGNED_IN, Decision.ALLOWED,
                Permission.READ_NETWORK, Decision.ALLOWED, Permission.READ_CONFIDENTIAL, Decision.FORBIDDEN,
                Permission.COORDINATE, Decision.FORBIDDEN, Permission.PROPOSE_AGENDA_ITEM, Decision.ALLOWED,
                Permission.DECLARE_OWN_READINESS, Decision.ALLOWED, Permission.ADMINISTER, Decision.FORBIDDEN));
        assertThat(decisions(member, Optional.of(OTHER))).containsEntry(Permission.READ_NETWORK, Decision.HIDDEN)
                .containsEntry(Permission.ADMINISTER, Decision.HIDDEN).containsEntry(Permission.ANYONE, Decision.ALLOWED);
    }

    @Test
    void aCoordinatorDoesEverythingInItsNetworkButNothingOfAdministrators() {
        Actor coordinator = with(NetworkRole.COORDINATOR);

        assertThat(decisions(coordinator, Optional.of(OWN))).containsEntry(Permission.READ_CONFIDENTIAL,
                Decision.ALLOWED).containsEntry(Permission.COORDINATE, Decision.ALLOWED)
                .containsEntry(Permission.ADMINISTER, Decision.FORBIDDEN);
        assertThat(decisions(coordinator, Optional.empty())).containsEntry(Permission.READ_CONFIDENTIAL,
                Decision.FORBIDDEN).containsEntry(Permission.SIGNED_IN, Decision.ALLOWED);
        assertThat(policy.seesFormerPartnersContacts(coordinator)).isFalse();
    }

    @Test
    void administratorsAndKoopItselfMayDoEverythingAndNobodySignedInOnlyWhatIsForAnyone() {
        Actor administrator = Actor.user(UserId.newId(), "admin", true, Map.of());

        assertThat(decisions(administrator, Optional.of(OTHER)).values()).containsOnly(Decision.ALLOWED);
        assertThat(decisions(Actor.system(), Optional.empty()).values()).containsOnly(Decision.ALLOWED);
        assertThat(policy.seesFormerPartnersContacts(administrator)).isTrue();
        Map<Permission, Decision> anonymous = decisions(Actor.anonymous(), Optional.of(OWN));
        assertThat(anonymous.get(Permission.ANYONE)).isEqualTo(Decision.ALLOWED);
        anonymous.remove(Permission.ANYONE);
        assertThat(anonymous.values()).containsOnly(Decision.NOT_SIGNED_IN);
    }
}
