package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.ObligationRepositories.FulfilmentRows;
import de.koop.adapter.persistence.jdbc.ObligationRepositories.ObligationRows;
import de.koop.application.port.out.Obligations;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Obligations} on a relational database: one obligation row plus one row per fulfilment.
 * Fulfilments are history: new ones are added, none changed or removed.
 */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcObligations implements Obligations {

    private final ObligationRows rows;
    private final FulfilmentRows fulfilments;
    private final ObligationRowMapper mapper;

    JdbcObligations(ObligationRows rows, FulfilmentRows fulfilments, ObligationRowMapper mapper) {
        this.rows = rows;
        this.fulfilments = fulfilments;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Obligation save(Obligation obligation) {
        ObligationRow row = mapper.toRow(obligation);
        List<ObligationFulfilmentRow> wanted = mapper.fulfilmentRows(obligation);
        RootRow.Written<ObligationRow> written = RootRow.write(rows, row, row.id(), obligation.getVersion(),
                "Pflicht", obligation.getId());
        List<ObligationFulfilmentRow> stored = written.inserted() ? List.of()
                : fulfilments.findByObligationIdInOrderByPosition(List.of(row.id()));
        Set<String> storedIds = stored.stream().map(ObligationFulfilmentRow::id).collect(Collectors.toSet());
        fulfilments.saveAll(wanted.stream().filter(f -> !storedIds.contains(f.id())).toList());
        // a fulfilment is history: only its note changes, when a person's data is erased from it
        java.util.Map<String, ObligationFulfilmentRow> byId = stored.stream()
                .collect(Collectors.toMap(ObligationFulfilmentRow::id, f -> f));
        wanted.stream().filter(f -> byId.containsKey(f.id()) && !java.util.Objects.equals(byId.get(f.id()).note(), f.note()))
                .forEach(fulfilments::update);
        return mapper.toDomain(written.row(), wanted);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Obligation> findById(ObligationId id) {
        return rows.findById(id.toString()).map(row -> mapper.toDomain(row,
                fulfilments.findByObligationIdInOrderByPosition(List.of(row.id()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Obligation> findAllById(Collection<ObligationId> ids) {
        return withFulfilments(IdChunks.read(IdChunks.texts(ids), rows::findByIdIn));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Obligation> listByNetwork(NetworkId networkId) {
        return withFulfilments(rows.findByNetworkId(networkId.toString(),
                Sort.of(Sort.Order.asc("sortTitle"), Sort.Order.asc("id"))));
    }

    /** The obligations of these rows, with the fulfilments of all of them read together. */
    private List<Obligation> withFulfilments(List<ObligationRow> found) {
        Map<String, List<ObligationFulfilmentRow>> fulfilmentsByObligation = IdChunks
                .read(found.stream().map(ObligationRow::id).toList(), fulfilments::findByObligationIdInOrderByPosition)
                .stream().collect(Collectors.groupingBy(ObligationFulfilmentRow::obligationId));
        return found.stream()
                .map(row -> mapper.toDomain(row, fulfilmentsByObligation.getOrDefault(row.id(), List.of()))).toList();
    }
}
