package de.koop.domain.audit;

import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change in the audit trail (Änderungsprotokoll): who made it, when (UTC), through which use case,
 * to which aggregate. It holds ids only, never names or addresses, so that the trail can be kept
 * unchanged while personal data is erased.
 *
 * @param actor       the id of the signed-in user, or empty for koop itself (start, scheduled work)
 * @param useCase     the use case and its operation, such as {@code RegisterPartnerUseCase.register}
 * @param aggregate   the kind of thing changed, such as {@code Partner}
 * @param aggregateId its id, if the change names one
 * @param networkId   the network it belongs to, if any
 */
public record AuditEntry(UUID id, Instant at, Optional<String> actor, String useCase, String aggregate,
                         Optional<String> aggregateId, Optional<NetworkId> networkId) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        useCase = Text.required(useCase, "useCase", 200);
        aggregate = Text.required(aggregate, "aggregate", 100);
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(networkId, "networkId");
    }
}
