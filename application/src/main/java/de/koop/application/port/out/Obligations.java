package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores obligations with their rules and fulfilments. Implementations must pass
 * {@code ObligationsContract} from the application test-jar; fulfilments are history.
 */
public interface Obligations {

    /**
     * Stores a new or changed obligation and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored obligation has a
     *         different version than the one given
     */
    @Writes(Kind.OBLIGATION)
    Obligation save(Obligation obligation);

    @Reads
    Optional<Obligation> findById(ObligationId id);

    /**
     * The obligations with the given ids, with their fulfilments as {@link #findById} gives them, in any
     * order. Ids that are not stored are left out; an empty collection gives an empty list.
     */
    @Reads
    List<Obligation> findAllById(Collection<ObligationId> ids);

    /** A network's obligations, ordered by title (see {@link de.koop.domain.shared.SortKey}) and id. */
    @Reads
    List<Obligation> listByNetwork(NetworkId networkId);
}
