package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.MeetingRepositories.AgendaItemRows;
import de.koop.adapter.persistence.jdbc.MeetingRepositories.DecisionRows;
import de.koop.adapter.persistence.jdbc.MeetingRepositories.InviteeRows;
import de.koop.adapter.persistence.jdbc.MeetingRepositories.MeetingRows;
import de.koop.application.port.out.Meetings;
import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Meetings} on a relational database. On a change, each child row is inserted, updated or
 * deleted only when it differs from the stored one: agenda items change their status, invitees their
 * attendance, decisions are added.
 */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcMeetings implements Meetings {

    private final MeetingRows rows;
    private final InviteeRows invitees;
    private final AgendaItemRows agenda;
    private final DecisionRows decisions;
    private final MeetingRowMapper mapper;

    JdbcMeetings(MeetingRows rows, InviteeRows invitees, AgendaItemRows agenda, DecisionRows decisions,
                 MeetingRowMapper mapper) {
        this.rows = rows;
        this.invitees = invitees;
        this.agenda = agenda;
        this.decisions = decisions;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Meeting save(Meeting meeting) {
        MeetingRow row = mapper.toRow(meeting);
        MeetingChildren wanted = mapper.children(meeting);
        RootRow.Written<MeetingRow> written = RootRow.write(rows, row, row.id(), meeting.getVersion(), "Sitzung",
                meeting.getId());
        MeetingChildren stored = written.inserted() ? new MeetingChildren(List.of(), List.of(), List.of())
                : children(List.of(row.id()));
        write(stored.invitees(), wanted.invitees(), MeetingChildRows.InviteeRow::id, invitees);
        write(stored.agenda(), wanted.agenda(), MeetingChildRows.AgendaItemRow::id, agenda);
        write(stored.decisions(), wanted.decisions(), MeetingChildRows.DecisionRow::id, decisions);
        return mapper.toDomain(written.row(), wanted);
    }

    /** Makes the stored child rows the wanted ones, touching only those that differ. */
    private static <R> void write(List<R> stored, List<R> wanted, Function<R, String> id,
                                  CrudRepository<R, String> repository) {
        Map<String, R> left = stored.stream()
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (R row : wanted) {
            R existing = left.remove(id.apply(row));
            if (existing == null) {
                repository.save(row);
            } else if (!existing.equals(row)) {
                repository.update(row);
            }
        }
        if (!left.isEmpty()) {
            repository.deleteAll(left.values());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> findById(MeetingId id) {
        return rows.findById(id.toString()).map(row -> mapper.toDomain(row, children(List.of(row.id()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> listByBody(BodyId bodyId) {
        return withChildren(rows.findByBodyIdOrderByNumber(bodyId.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> listByBodies(Collection<BodyId> bodyIds) {
        return withChildren(IdChunks.read(IdChunks.texts(bodyIds), rows::findByBodyIdIn));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> listByNetwork(NetworkId networkId) {
        return withChildren(rows.findByNetworkId(networkId.toString(),
                Sort.of(Sort.Order.asc("startsAt"), Sort.Order.asc("id"))));
    }

    private List<Meeting> withChildren(List<MeetingRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        MeetingChildren all = children(found.stream().map(MeetingRow::id).toList());
        return found.stream().map(row -> mapper.toDomain(row, all.of(row.id()))).toList();
    }

    /** The child rows of these meetings: one statement per child table and {@link IdChunks#SIZE} meetings. */
    private MeetingChildren children(List<String> ids) {
        return new MeetingChildren(IdChunks.read(ids, invitees::findByMeetingIdInOrderByPosition),
                IdChunks.read(ids, agenda::findByMeetingIdInOrderByNumber),
                IdChunks.read(ids, decisions::findByMeetingIdInOrderByNumber));
    }
}
