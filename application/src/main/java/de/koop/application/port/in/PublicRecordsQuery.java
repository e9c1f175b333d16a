package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The public records of the networks, as the anonymous read API (OParl) shows them. */
public interface PublicRecordsQuery {

    /** Every network, in the stable order of the network list. */
    @Query(Permission.ANYONE)
    List<NetworkId> networks();

    /**
     * A network's public records as they stand on {@code today}.
     *
     * @throws NotFoundException when there is no such network
     */
    @Query(Permission.ANYONE)
    PublicRecords of(NetworkId networkId, LocalDate today);

    /** The network a partner, body or meeting belongs to, if it exists. */
    @Query(Permission.ANYONE)
    Optional<NetworkId> networkOfPartner(PartnerId partnerId);

    @Query(Permission.ANYONE)
    Optional<NetworkId> networkOfBody(BodyId bodyId);

    @Query(Permission.ANYONE)
    Optional<NetworkId> networkOfMeeting(MeetingId meetingId);
}
