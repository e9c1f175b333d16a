package de.koop.adapter.persistence.jdbc;

import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps the three kinds of declaration to rows and back. Working groups are kept one per line; the
 * domain allows no line breaks in their names.
 */
@Mapper(uses = InstantMicros.class)
public interface DeclarationRowMapper extends RowConversions {

    @Mapping(target = "kind", constant = "ACCESSION")
    @Mapping(target = "recordedAtMicros", source = "recordedAt")
    @Mapping(target = "contactOrganisation", source = "contact.organisation")
    @Mapping(target = "contactName", source = "contact.name")
    @Mapping(target = "contactPhone", source = "contact.phone")
    @Mapping(target = "contactEmail", source = "contact.email")
    @Mapping(target = "personName", ignore = true)
    @Mapping(target = "personEmail", ignore = true)
    @Mapping(target = "workingGroups", ignore = true)
    @Mapping(target = "requestedOn", ignore = true)
    @Mapping(target = "effectiveOn", ignore = true)
    @Mapping(target = "ruleApplied", ignore = true)
    @Mapping(target = "successorDueBy", ignore = true)
    DeclarationRow accessionRow(Accession accession);

    @Mapping(target = "kind", constant = "READINESS")
    @Mapping(target = "recordedAtMicros", source = "recordedAt")
    @Mapping(target = "agreementId", ignore = true)
    @Mapping(target = "acceptedVersion", ignore = true)
    @Mapping(target = "contactOrganisation", ignore = true)
    @Mapping(target = "contactName", ignore = true)
    @Mapping(target = "contactPhone", ignore = true)
    @Mapping(target = "contactEmail", ignore = true)
    @Mapping(target = "publishLogo", ignore = true)
    @Mapping(target = "publishContacts", ignore = true)
    @Mapping(target = "signedOn", ignore = true)
    @Mapping(target = "requestedOn", ignore = true)
    @Mapping(target = "effectiveOn", ignore = true)
    @Mapping(target = "ruleApplied", ignore = true)
    @Mapping(target = "successorDueBy", ignore = true)
    @Mapping(target = "workingGroups", expression = "java(String.join(\"\\n\", readiness.workingGroups()))")
    DeclarationRow readinessRow(Readiness readiness);

    @Mapping(target = "kind", constant = "TERMINATION")
    @Mapping(target = "recordedAtMicros", source = "recordedAt")
    @Mapping(target = "acceptedVersion", ignore = true)
    @Mapping(target = "contactOrganisation", ignore = true)
    @Mapping(target = "contactName", ignore = true)
    @Mapping(target = "contactPhone", ignore = true)
    @Mapping(target = "contactEmail", ignore = true)
    @Mapping(target = "publishLogo", ignore = true)
    @Mapping(target = "publishContacts", ignore = true)
    @Mapping(target = "signedOn", ignore = true)
    @Mapping(target = "personName", ignore = true)
    @Mapping(target = "personEmail", ignore = true)
    @Mapping(target = "workingGroups", ignore = true)
    DeclarationRow terminationRow(Termination termination);

    default DeclarationRow toRow(Declaration declaration) {
        return switch (declaration) {
            case Accession accession -> accessionRow(accession);
            case Readiness readiness -> readinessRow(readiness);
            case Termination termination -> terminationRow(termination);
        };
    }

    default Declaration toDomain(DeclarationRow row) {
        DeclarationId id = new DeclarationId(UUID.fromString(row.id()));
        NetworkId network = new NetworkId(UUID.fromString(row.networkId()));
        Instant recordedAt = InstantMicros.instant(row.recordedAtMicros());
        return switch (row.kind()) {
            case "ACCESSION" -> new Accession(id, network, agreementId(row.agreementId()), partnerId(row.partnerId()),
                    row.acceptedVersion(), new AccessionContact(row.contactOrganisation(), row.contactName(),
                    new PhoneNumber(row.contactPhone()), EmailAddress.stored(row.contactEmail())), row.publishLogo(),
                    row.publishContacts(), row.signedOn(), row.receivedOn(), row.recordedBy(), recordedAt);
            case "READINESS" -> new Readiness(id, network, Optional.ofNullable(row.partnerId()).map(this::partnerId),
                    row.personName(), Optional.ofNullable(row.personEmail()).map(EmailAddress::stored),
                    Arrays.asList(row.workingGroups().split("\n")), row.receivedOn(), row.recordedBy(), recordedAt);
            case "TERMINATION" -> new Termination(id, network, agreementId(row.agreementId()),
                    partnerId(row.partnerId()), row.receivedOn(), Optional.ofNullable(row.requestedOn()),
                    row.effectiveOn(), row.ruleApplied(), Optional.ofNullable(row.successorDueBy()), row.recordedBy(),
                    recordedAt);
            default -> throw new IllegalStateException("unknown declaration kind " + row.kind());
        };
    }

    default String phone(PhoneNumber phone) {
        return phone.value();
    }

    default String email(EmailAddress email) {
        return email.value();
    }

    default String email(Optional<EmailAddress> email) {
        return email.map(EmailAddress::value).orElse(null);
    }

    default String partner(Optional<PartnerId> partner) {
        return partner.map(PartnerId::toString).orElse(null);
    }

    default AgreementId agreementId(String id) {
        return new AgreementId(UUID.fromString(id));
    }
}
