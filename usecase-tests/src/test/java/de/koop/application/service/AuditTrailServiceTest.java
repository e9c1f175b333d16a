package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reading the audit trail. Entries are written around each use case by bootstrap; here they are
 * appended as that does, and read per network, newest first.
 */
class AuditTrailServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final AuditTrailService audit = koop.auditTrailService;

    private AuditEntry record(String useCase, Optional<NetworkId> network) {
        koop.clock.advance(Duration.ofMinutes(1));
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), koop.clock.instant(), Optional.of(UUID.randomUUID().toString()),
                useCase, "Partner", Optional.of(UUID.randomUUID().toString()), network);
        koop.auditTrail.append(entry);
        return entry;
    }

    @Test
    void aNetworksTrailListsItsOwnEntriesNewestFirst() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Network other = koop.network("Anderes Netzwerk");
        AuditEntry registered = record("RegisterPartnerUseCase.register", Optional.of(network.getId()));
        record("RegisterPartnerUseCase.register", Optional.of(other.getId()));
        AuditEntry updated = record("UpdatePartnerUseCase.update", Optional.of(network.getId()));

        assertThat(audit.trail(Optional.of(network.getId()), PageRequest.first()).items())
                .containsExactly(updated, registered);
    }

    @Test
    void entriesOfNoNetworkAreReadWithoutOne() {
        koop.network("Leipziger Kooperation Pflege");
        AuditEntry admin = record("UserAdministrationUseCase.create", Optional.empty());

        assertThat(audit.trail(Optional.empty(), PageRequest.first()).items()).containsExactly(admin);
    }

    @Test
    void theTrailOfAnUnknownNetworkIsNotFound() {
        assertThatThrownBy(() -> audit.trail(Optional.of(NetworkId.newId()), PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
    }
}
