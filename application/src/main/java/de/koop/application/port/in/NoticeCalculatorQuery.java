package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.declaration.NoticeOutcome;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;

/**
 * The notice calculator: what a party's notice under an agreement would bring about, for any day past or
 * future, computed by the rule that recording a termination applies; it records nothing. Refusals are
 * those of recording (the party not bound on the day, terminated already, no ordinary termination).
 */
public interface NoticeCalculatorQuery {

    /**
     * When the party is free if its notice is received on {@code receivedOn}: its last bound day.
     *
     * @throws NotFoundException when the agreement or the partner does not exist in that network
     */
    @Query(Permission.READ_NETWORK)
    NoticeOutcome ifReceivedOn(NetworkId networkId, AgreementId agreementId, PartnerId partnerId, LocalDate receivedOn);

    /**
     * By which day the party's notice must be received so that {@code lastBoundDay} is its last bound day;
     * refused ({@code notice-end-unreachable}) when no notice takes effect on that day.
     *
     * @throws NotFoundException when the agreement or the partner does not exist in that network
     */
    @Query(Permission.READ_NETWORK)
    NoticeOutcome latestReceiptFor(NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                                   LocalDate lastBoundDay);
}
