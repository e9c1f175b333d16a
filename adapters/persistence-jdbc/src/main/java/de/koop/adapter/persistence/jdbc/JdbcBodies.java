package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.BodyRepositories.BodyRows;
import de.koop.adapter.persistence.jdbc.BodyRepositories.SeatRows;
import de.koop.application.port.out.Bodies;
import de.koop.domain.governance.Body;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Bodies} on a relational database: one body row plus one row per seat. Seats are history:
 * new ones are added, ended ones updated, none removed.
 */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcBodies implements Bodies {

    private final BodyRows rows;
    private final SeatRows seats;
    private final BodyRowMapper mapper;

    JdbcBodies(BodyRows rows, SeatRows seats, BodyRowMapper mapper) {
        this.rows = rows;
        this.seats = seats;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Body save(Body body) {
        BodyRow row = mapper.toRow(body);
        List<BodySeatRow> wanted = mapper.seatRows(body);
        RootRow.Written<BodyRow> written = RootRow.write(rows, row, row.id(), body.getVersion(), "Gremium",
                body.getId());
        List<BodySeatRow> stored = written.inserted() ? List.of()
                : seats.findByBodyIdInOrderByPosition(List.of(row.id()));
        appendHistory(stored, wanted);
        return mapper.toDomain(written.row(), wanted);
    }

    private void appendHistory(List<BodySeatRow> stored, List<BodySeatRow> wanted) {
        Map<String, BodySeatRow> storedSeats = stored.stream()
                .collect(Collectors.toMap(BodySeatRow::id, Function.identity()));
        for (BodySeatRow seat : wanted) {
            BodySeatRow existing = storedSeats.get(seat.id());
            if (existing == null) {
                seats.save(seat);
            } else if (!existing.equals(seat)) {
                seats.update(seat); // a seat ended
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Body> findById(BodyId id) {
        return rows.findById(id.toString())
                .map(row -> mapper.toDomain(row, seats.findByBodyIdInOrderByPosition(List.of(row.id()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Body> findAllById(Collection<BodyId> ids) {
        return withSeats(IdChunks.read(IdChunks.texts(ids), rows::findByIdIn));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Body> listByNetwork(NetworkId networkId) {
        return withSeats(rows.findByNetworkId(networkId.toString(),
                Sort.of(Sort.Order.asc("sortName"), Sort.Order.asc("id"))));
    }

    /** The bodies of these rows, with the seats of all of them read together. */
    private List<Body> withSeats(List<BodyRow> found) {
        Map<String, List<BodySeatRow>> seatsByBody = IdChunks
                .read(found.stream().map(BodyRow::id).toList(), seats::findByBodyIdInOrderByPosition).stream()
                .collect(Collectors.groupingBy(BodySeatRow::bodyId));
        return found.stream().map(row -> mapper.toDomain(row, seatsByBody.getOrDefault(row.id(), List.of()))).toList();
    }
}
