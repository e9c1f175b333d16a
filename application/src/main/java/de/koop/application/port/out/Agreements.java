package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores agreements with their versions, consents and reviews. Implementations must pass
 * {@code AgreementsContract} from the application test-jar; versions and reviews are history and
 * come back exactly as saved.
 */
public interface Agreements {

    /**
     * Stores a new or changed agreement and returns it as stored, with its new version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored agreement has a
     *         different version than the one given
     */
    @Writes(Kind.AGREEMENT)
    Agreement save(Agreement agreement);

    @Reads
    Optional<Agreement> findById(AgreementId id);

    /**
     * The agreements with the given ids, with their history as {@link #findById} gives it, in any order.
     * Ids that are not stored are left out; an empty collection gives an empty list.
     */
    @Reads
    List<Agreement> findAllById(Collection<AgreementId> ids);

    /** A network's agreements, ordered by title (see {@link de.koop.domain.shared.SortKey}) and id. */
    @Reads
    List<Agreement> listByNetwork(NetworkId networkId);
}
