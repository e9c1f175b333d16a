package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.AuditTrail;
import de.koop.domain.audit.AuditEntry;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** {@link AuditTrail} on a relational database, written in the transaction of the change. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcAuditTrail implements AuditTrail {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("atMicros"), Sort.Order.asc("id"));

    private final AuditEntryRowRepository rows;
    private final InstantMicros micros;

    JdbcAuditTrail(AuditEntryRowRepository rows, InstantMicros micros) {
        this.rows = rows;
        this.micros = micros;
    }

    @Override
    @Transactional
    public void append(AuditEntry entry) {
        rows.save(new AuditEntryRow(entry.id().toString(), micros.micros(entry.at()), entry.actor().orElse(null),
                entry.useCase(), entry.aggregate(), entry.aggregateId().orElse(null),
                entry.networkId().map(Object::toString).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(Optional<NetworkId> networkId, PageRequest request) {
        Pageable pageable = Pageable.from(request.page(), request.size(), NEWEST_FIRST);
        io.micronaut.data.model.Page<AuditEntryRow> page = networkId
                .map(id -> rows.findByNetworkId(id.toString(), pageable))
                .orElseGet(() -> rows.findByNetworkIdIsNull(pageable));
        return Page.of(page.getContent().stream().map(JdbcAuditTrail::entry).toList(), request, page.getTotalSize());
    }

    private static AuditEntry entry(AuditEntryRow row) {
        return new AuditEntry(UUID.fromString(row.id()), InstantMicros.instant(row.atMicros()),
                Optional.ofNullable(row.actor()), row.useCase(), row.aggregate(), Optional.ofNullable(row.aggregateId()),
                Optional.ofNullable(row.networkId()).map(id -> new NetworkId(UUID.fromString(id))));
    }
}
