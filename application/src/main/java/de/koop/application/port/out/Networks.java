package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores networks. Implementations must pass {@code NetworksContract} from the application test-jar.
 */
public interface Networks {

    /**
     * Stores a new network or a changed one and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored network has a
     *         different version than the one given: somebody else saved it in between
     */
    @Writes(Kind.NETWORK)
    Network save(Network network);

    @Reads
    Optional<Network> findById(NetworkId id);

    /**
     * The networks with the given ids, in any order. Ids that are not stored are left out; an empty
     * collection gives an empty list.
     */
    @Reads
    List<Network> findAllById(Collection<NetworkId> ids);

    /**
     * All networks, or only those whose name contains the filter's text (as {@link NameFilter#matches}
     * compares them), ordered by name (see {@link de.koop.domain.shared.SortKey}) and then by id.
     */
    @Reads
    Page<Network> page(Optional<NameFilter> name, PageRequest request);
}
