package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.AuditTrailQuery;
import de.koop.domain.audit.AuditEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** The audit trail, read-only: a network's for its coordinators, koop's own (no network) for administrators. */
@Controller("/api/v1")
@Tag(name = "audit")
public class AuditController {

    /** One change: who (user id), when (UTC), which use case, which aggregate and id. */
    @Serdeable
    public record Entry(String id, String at, @Nullable String actor, String useCase, String aggregate,
                        @Nullable String aggregateId, @Nullable String networkId) {
        static Entry from(AuditEntry e) {
            return new Entry(e.id().toString(), e.at().toString(), e.actor().orElse(null), e.useCase(), e.aggregate(),
                    e.aggregateId().orElse(null), e.networkId().map(Object::toString).orElse(null));
        }
    }

    private final AuditTrailQuery trail;

    public AuditController(AuditTrailQuery trail) {
        this.trail = trail;
    }

    @Drives(port = AuditTrailQuery.class, operation = "trail")
    @Get("/networks/{networkId}/audit")
    @Operation(operationId = "listNetworkAuditEntries", summary = "Das Änderungsprotokoll eines Netzwerks, neueste zuerst")
    public PageResponse<Entry> network(@PathVariable String networkId, @QueryValue(defaultValue = "0") int page,
                                       @QueryValue(defaultValue = "20") int size) {
        return PageResponse.of(trail.trail(Optional.of(PathIds.network(networkId)), new PageRequest(page, size)),
                Entry::from);
    }

    @Drives(port = AuditTrailQuery.class, operation = "trail")
    @Get("/audit")
    @Operation(operationId = "listKoopAuditEntries", summary = "Änderungen ohne Netzwerk (Benutzerkonten, Anmeldungen, Erinnerungen), neueste zuerst")
    public PageResponse<Entry> own(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return PageResponse.of(trail.trail(Optional.empty(), new PageRequest(page, size)), Entry::from);
    }
}
