package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} must do. */
public abstract class AuditTrailContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        AuditTrail auditTrail();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    private static AuditEntry entry(Optional<NetworkId> network, String at, String useCase) {
        return entry(UUID.randomUUID(), network, at, useCase);
    }

    private static AuditEntry entry(UUID id, Optional<NetworkId> network, String at, String useCase) {
        return new AuditEntry(id, Instant.parse(at), Optional.of(UUID.randomUUID().toString()), useCase,
                "Partner", Optional.of(UUID.randomUUID().toString()), network);
    }

    @Test
    void keepsEachNetworksEntriesNewestFirstAndKoopsOwnApart() {
        NetworkId leipzig = NetworkId.newId();
        AuditEntry first = entry(Optional.of(leipzig), "2026-03-02T09:00:00.123456Z", "RegisterPartnerUseCase.register");
        List<UUID> ids = Ids.descending(4, id -> id);
        AuditEntry second = entry(ids.get(0), Optional.of(leipzig), "2026-03-02T09:05:00Z", "UpdatePartnerUseCase.update");
        // at the same moment as the second, written after it with lesser ids: by id among themselves
        List<AuditEntry> sameMoment = ids.subList(1, 4).stream().map(id -> entry(id, Optional.of(leipzig),
                "2026-03-02T09:05:00Z", "RenameNetworkUseCase.rename")).toList();
        AuditEntry elsewhere = entry(Optional.of(NetworkId.newId()), "2026-03-02T09:06:00Z", "RegisterPartnerUseCase.register");
        AuditEntry own = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-02T09:07:00Z"), Optional.empty(),
                "SendRemindersUseCase.sweep", "Reminders", Optional.empty(), Optional.empty());
        List<AuditEntry> all = new java.util.ArrayList<>(List.of(first, second));
        all.addAll(sameMoment);
        all.addAll(List.of(elsewhere, own));
        all.forEach(stores().auditTrail()::append);

        assertThat(stores().auditTrail().page(Optional.of(leipzig), new PageRequest(0, 10)).items())
                .containsExactly(sameMoment.get(2), sameMoment.get(1), sameMoment.get(0), second, first);
        assertThat(stores().auditTrail().page(Optional.empty(), new PageRequest(0, 10)).items()).containsExactly(own);
        Page<AuditEntry> secondPage = stores().auditTrail().page(Optional.of(leipzig), new PageRequest(1, 2));
        assertThat(secondPage.items()).containsExactly(sameMoment.get(0), second);
        assertThat(secondPage.totalItems()).isEqualTo(5);
    }

    @Test
    void aUseCaseThatFailsAfterAppendingLeavesNoEntry() {
        NetworkId leipzig = NetworkId.newId();
        AuditEntry kept = entry(Optional.of(leipzig), "2026-03-02T09:00:00Z", "RegisterPartnerUseCase.register");
        stores().auditTrail().append(kept);

        FailingUseCase.run(stores(), () ->
                stores().auditTrail().append(entry(Optional.of(leipzig), "2026-03-02T09:05:00Z", "UpdatePartnerUseCase.update")));

        assertThat(stores().auditTrail().page(Optional.of(leipzig), new PageRequest(0, 10)).items()).containsExactly(kept);
        FailingUseCase.commit(stores(), () ->
                stores().auditTrail().append(entry(Optional.of(leipzig), "2026-03-02T09:06:00Z", "UpdatePartnerUseCase.update")));
        assertThat(stores().auditTrail().page(Optional.of(leipzig), new PageRequest(0, 10)).totalItems()).isEqualTo(2);
    }
}
