package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.MeetingChildRows.AgendaItemRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.DecisionRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.InviteeRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the meeting tables. */
final class MeetingRepositories {

    private MeetingRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface MeetingRows extends CrudRepository<MeetingRow, String> {
        List<MeetingRow> findByBodyIdOrderByNumber(String bodyId);

        List<MeetingRow> findByBodyIdIn(Collection<String> bodyIds);

        List<MeetingRow> findByNetworkId(String networkId, Sort sort);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface InviteeRows extends CrudRepository<InviteeRow, String> {
        List<InviteeRow> findByMeetingIdInOrderByPosition(Collection<String> meetingIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AgendaItemRows extends CrudRepository<AgendaItemRow, String> {
        List<AgendaItemRow> findByMeetingIdInOrderByNumber(Collection<String> meetingIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface DecisionRows extends CrudRepository<DecisionRow, String> {
        List<DecisionRow> findByMeetingIdInOrderByNumber(Collection<String> meetingIds);
    }
}
