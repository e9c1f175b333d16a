package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.List;

/** Reads a network's agreements and who they bind. */
public interface FindAgreementsQuery {

    /** @throws NotFoundException when the agreement does not exist in that network */
    @Query(Permission.READ_NETWORK)
    Agreement find(NetworkId networkId, AgreementId agreementId);

    /** @throws NotFoundException when the network does not exist */
    @Query(Permission.READ_NETWORK)
    List<Agreement> list(NetworkId networkId);

    /**
     * The parties bound on {@code date}: signatories and acceded partners whose termination has not
     * taken effect.
     *
     * @throws NotFoundException when the agreement does not exist in that network
     */
    @Query(Permission.READ_NETWORK)
    MembershipOn membership(NetworkId networkId, AgreementId agreementId, LocalDate date);
}
