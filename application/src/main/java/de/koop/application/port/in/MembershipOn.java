package de.koop.application.port.in;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.declaration.BoundParty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who is bound by an agreement on a day, and under which version. */
public record MembershipOn(Agreement agreement, LocalDate date, Optional<AgreementVersion> versionInForce,
                           List<BoundParty> parties) {

    public MembershipOn {
        parties = List.copyOf(parties);
    }
}
