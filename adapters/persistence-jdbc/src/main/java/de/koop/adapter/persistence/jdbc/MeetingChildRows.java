package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The rows a meeting's lists are stored in; each id is the meeting's id plus a position or number. */
final class MeetingChildRows {

    private MeetingChildRows() {
    }

    @MappedEntity("meeting_invitee")
    record InviteeRow(@Id String id, String meetingId, int position, String name, @Nullable String personId,
                      @Nullable String partnerId, boolean voting, boolean present) {
    }

    @MappedEntity("meeting_agenda_item")
    record AgendaItemRow(@Id String id, String meetingId, int number, String title, String proposedBy, String status,
                         boolean required, boolean carriedOver) {
    }

    @MappedEntity("meeting_decision")
    record DecisionRow(@Id String id, String meetingId, int number, String motion, int yesVotes, int noVotes,
                       int abstainVotes, int present, int members, String decisionKind,
                       @Nullable Integer quorumPercent, String outcome, @Nullable Integer agendaItem) {
    }
}
