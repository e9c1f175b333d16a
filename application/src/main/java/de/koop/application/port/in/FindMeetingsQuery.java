package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import java.util.List;

/** Reads a network's meetings. */
public interface FindMeetingsQuery {

    /** @throws NotFoundException when the meeting does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Meeting find(NetworkId networkId, MeetingId meetingId);

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    List<Meeting> list(NetworkId networkId);
}
