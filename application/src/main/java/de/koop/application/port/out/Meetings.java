package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores meetings with their invitees, agenda, decisions and minutes. Implementations must pass
 * {@code MeetingsContract} from the application test-jar.
 */
public interface Meetings {

    /**
     * Stores a new or changed meeting and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored meeting has a
     *         different version than the one given
     */
    @Writes(Kind.MEETING)
    Meeting save(Meeting meeting);

    @Reads
    Optional<Meeting> findById(MeetingId id);

    /** A body's meetings in the order they were numbered. */
    @Reads
    List<Meeting> listByBody(BodyId bodyId);

    /**
     * All meetings of the given bodies, with their children as {@link #listByBody} gives them, in any
     * order. Bodies without meetings or not stored add nothing; an empty collection gives an empty list.
     */
    @Reads
    List<Meeting> listByBodies(Collection<BodyId> bodyIds);

    /** A network's meetings, by start time and then by id. */
    @Reads
    List<Meeting> listByNetwork(NetworkId networkId);
}
