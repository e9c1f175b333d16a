package de.koop.adapter.http;

import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded declaration; {@code kind} is ACCESSION, READINESS or TERMINATION and decides which
 * fields are set. A termination shows the day it takes effect and the rule that gave that day.
 */
@Serdeable
public record DeclarationResponse(String id, String networkId, String kind, @Nullable String agreementId,
                                  @Nullable String partnerId, String receivedOn, String recordedBy, String recordedAt,
                                  @Nullable Integer acceptedVersion, @Nullable Contact contact,
                                  @Nullable Boolean publishLogo, @Nullable Boolean publishContacts,
                                  @Nullable String signedOn, @Nullable String personName,
                                  @Nullable String personEmail, @Nullable List<String> workingGroups,
                                  @Nullable String requestedOn, @Nullable String effectiveOn,
                                  @Nullable String ruleApplied, @Nullable String successorDueBy) {

    @Serdeable
    public record Contact(String organisation, String name, String phone, String email) {
    }

    static DeclarationResponse from(Declaration declaration) {
        String id = declaration.id().toString();
        String network = declaration.networkId().toString();
        String received = declaration.receivedOn().toString();
        String recordedAt = declaration.recordedAt().toString();
        return switch (declaration) {
            case Accession a -> new DeclarationResponse(id, network, "ACCESSION", a.agreementId().toString(),
                    a.partnerId().toString(), received, a.recordedBy(), recordedAt, a.acceptedVersion(),
                    new Contact(a.contact().organisation(), a.contact().name(), a.contact().phone().value(),
                            a.contact().email().value()), a.publishLogo(), a.publishContacts(),
                    a.signedOn().toString(), null, null, null, null, null, null, null);
            case Readiness r -> new DeclarationResponse(id, network, "READINESS", null,
                    r.partnerId().map(PartnerId::toString).orElse(null), received, r.recordedBy(), recordedAt, null,
                    null, null, null, null, r.personName(), r.personEmail().map(EmailAddress::value).orElse(null),
                    r.workingGroups(), null, null, null, null);
            case Termination t -> new DeclarationResponse(id, network, "TERMINATION", t.agreementId().toString(),
                    t.partnerId().toString(), received, t.recordedBy(), recordedAt, null, null, null, null, null,
                    null, null, null, t.requestedOn().map(LocalDate::toString).orElse(null),
                    t.effectiveOn().toString(), t.ruleApplied(),
                    t.successorDueBy().map(LocalDate::toString).orElse(null));
        };
    }
}
