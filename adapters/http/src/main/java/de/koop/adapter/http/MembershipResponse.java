package de.koop.adapter.http;

import de.koop.application.port.in.MembershipOn;
import de.koop.domain.agreement.AgreementVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Who is bound by an agreement on a day. */
@Serdeable
public record MembershipResponse(String agreementId, String date, @Nullable Integer versionInForce,
                                 List<Party> parties) {

    /** A bound partner: since when, on which basis, and until when if a termination is pending. */
    @Serdeable
    public record Party(String partnerId, @Nullable String name, String basis, String since, @Nullable String until) {
    }

    static MembershipResponse from(MembershipOn membership) {
        return new MembershipResponse(membership.agreement().getId().toString(), membership.date().toString(),
                membership.versionInForce().map(AgreementVersion::number).orElse(null),
                membership.parties().stream().map(p -> new Party(p.partnerId().toString(),
                        membership.partnerNames().get(p.partnerId()), p.basis().name(), p.since().toString(),
                        p.until().map(LocalDate::toString).orElse(null))).toList());
    }
}
