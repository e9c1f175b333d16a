package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores partners with their contact persons and publication consents. Implementations must pass
 * {@code PartnersContract} from the application test-jar.
 */
public interface Partners {

    /**
     * Stores a new partner or a changed one, contacts included, and returns it as stored with its new
     * version.
     *
     * @throws de.koop.application.port.VersionConflictException when the stored partner has a
     *         different version than the one given
     */
    @Writes(Kind.PARTNER)
    Partner save(Partner partner);

    @Reads
    Optional<Partner> findById(PartnerId id);

    /**
     * The partners with the given ids, contacts included as {@link #findById} gives them, in any order.
     * Ids that are not stored are left out; an empty collection gives an empty list.
     */
    @Reads
    List<Partner> findAllById(Collection<PartnerId> ids);

    /**
     * A network's partners, optionally of one category only and only those whose name contains the
     * filter's text (as {@link NameFilter#matches} compares them), ordered by name (see
     * {@link de.koop.domain.shared.SortKey}) and then by id, so that pages never overlap.
     */
    @Reads
    Page<Partner> page(NetworkId networkId, Optional<PartnerCategory> category, Optional<NameFilter> name,
                       PageRequest request);

    /**
     * A network's partners that consented to publish their logo or their contacts, in the same order
     * as {@link #page}, leaving out {@code excluded} (such as former partners).
     */
    @Reads
    Page<Partner> pagePublished(NetworkId networkId, Set<PartnerId> excluded, PageRequest request);
}
