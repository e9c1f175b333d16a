package de.koop.application.port.in;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.declaration.BoundParty;
import java.time.LocalDate;
import de.koop.domain.shared.PartnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is bound by an agreement on a day, and under which version. */
public record MembershipOn(Agreement agreement, LocalDate date, Optional<AgreementVersion> versionInForce,
                           List<BoundParty> parties, Map<PartnerId, String> partnerNames) {

    public MembershipOn {
        parties = List.copyOf(parties);
        partnerNames = Map.copyOf(partnerNames);
    }
}
