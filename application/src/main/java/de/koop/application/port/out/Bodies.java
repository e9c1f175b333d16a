package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.domain.governance.Body;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores bodies with their rules and seats. Implementations must pass {@code BodiesContract} from the
 * application test-jar; seats are history and come back exactly as saved.
 */
public interface Bodies {

    /**
     * Stores a new or changed body and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored body has a
     *         different version than the one given
     */
    @Writes(Kind.BODY)
    Body save(Body body);

    @Reads
    Optional<Body> findById(BodyId id);

    /**
     * The bodies with the given ids, with their seats as {@link #findById} gives them, in any order. Ids
     * that are not stored are left out; an empty collection gives an empty list.
     */
    @Reads
    List<Body> findAllById(Collection<BodyId> ids);

    /** A network's bodies, ordered by name (see {@link de.koop.domain.shared.SortKey}) and id. */
    @Reads
    List<Body> listByNetwork(NetworkId networkId);
}
