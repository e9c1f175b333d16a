package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.MeetingChildRows.AgendaItemRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.DecisionRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.InviteeRow;
import java.util.List;

/** The child rows of one or more meetings, read together so that a list costs a fixed number of queries. */
record MeetingChildren(List<InviteeRow> invitees, List<AgendaItemRow> agenda, List<DecisionRow> decisions) {

    /** Only the rows of one meeting, in their stored order. */
    MeetingChildren of(String meetingId) {
        return new MeetingChildren(
                invitees.stream().filter(r -> r.meetingId().equals(meetingId)).toList(),
                agenda.stream().filter(r -> r.meetingId().equals(meetingId)).toList(),
                decisions.stream().filter(r -> r.meetingId().equals(meetingId)).toList());
    }
}
