package de.koop.domain.declaration;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.network.Network;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.GermanDate;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partner's written accession to an open network (Beitrittserklärung): it accepts the agreement in
 * force, names its contact, says what may be published, and declares that it pursues no commercial
 * self-interest in the network. Binding from the day it is received.
 */
public record Accession(DeclarationId id, NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                        int acceptedVersion, AccessionContact contact, boolean publishLogo, boolean publishContacts,
                        LocalDate signedOn, LocalDate receivedOn, String recordedBy, Instant recordedAt)
        implements Declaration {

    public Accession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(signedOn, "signedOn");
        Recording recording = new Recording(receivedOn, recordedBy, recordedAt);
        recordedBy = recording.recordedBy();
    }

    /**
     * Accepts an accession under rule 1: the network is open, the agreement is in force on the day of
     * receipt, the partner accepts that very version, declares no commercial self-interest, and is
     * not bound already.
     */
    public static Accession accept(DeclarationId id, Network network, Agreement agreement, Membership membership,
                                   PartnerId partnerId, int acceptedVersion, AccessionContact contact,
                                   boolean publishLogo, boolean publishContacts, boolean noCommercialSelfInterest,
                                   LocalDate signedOn, Recording recording) {
        if (!network.isOpen()) {
            throw new RuleViolationException(RuleCode.NETWORK_CLOSED, "Das Netzwerk „" + network.getName()
                    + "“ ist für neue Partner geschlossen; ein Beitritt ist nicht möglich.");
        }
        if (!agreement.getNetworkId().equals(network.getId())) {
            throw new InvalidValueException("agreementId", "gehört nicht zu diesem Netzwerk");
        }
        if (signedOn == null) {
            throw new InvalidValueException("signedOn", "darf nicht leer sein");
        }
        if (signedOn.isAfter(recording.receivedOn())) {
            throw new InvalidValueException("signedOn", "liegt nach dem Eingang der Erklärung");
        }
        AgreementVersion inForce = agreement.versionInForceOn(recording.receivedOn())
                .filter(v -> agreement.isInForceOn(recording.receivedOn()))
                .orElseThrow(() -> new RuleViolationException(RuleCode.AGREEMENT_NOT_IN_FORCE,
                        "Am " + GermanDate.of(recording.receivedOn())
                                + " ist keine Fassung der Vereinbarung in Kraft."));
        if (acceptedVersion != inForce.number()) {
            throw new InvalidValueException("acceptedVersion",
                    "muss die am Eingangstag geltende Fassung " + inForce.number() + " sein");
        }
        if (!noCommercialSelfInterest) {
            throw new InvalidValueException("noCommercialSelfInterest",
                    "der Beitritt setzt die Erklärung voraus, keine kommerziellen Eigeninteressen zu verfolgen");
        }
        if (membership.isBoundOnOrAfter(partnerId, recording.receivedOn())) {
            throw new RuleViolationException(RuleCode.PARTNER_ALREADY_BOUND,
                    "Der Partner ist an die Vereinbarung bereits gebunden (als Vertragspartei oder durch einen Beitritt).");
        }
        return new Accession(id, network.getId(), agreement.getId(), partnerId, acceptedVersion, contact, publishLogo,
                publishContacts, signedOn, recording.receivedOn(), recording.recordedBy(), recording.recordedAt());
    }

    @Override
    public Accession redacted(Redaction redaction) {
        String organisation = redaction.apply(contact.organisation(), 200);
        AccessionContact kept = isTheirs(redaction) ? new AccessionContact(organisation, redaction.pseudonym(),
                Redaction.ERASED_PHONE, Redaction.ERASED_EMAIL)
                : new AccessionContact(organisation, contact.name(), contact.phone(), contact.email());
        return new Accession(id, networkId, agreementId, partnerId, acceptedVersion, kept, publishLogo, publishContacts,
                signedOn, receivedOn, redaction.apply(recordedBy, 200), recordedAt);
    }

    @Override
    public List<String> valuesOf(Redaction redaction) {
        return isTheirs(redaction) ? List.of(contact.name(), contact.phone().value(), contact.email().value())
                : List.of();
    }

    /** Whether the form's contact is the person: by any one of their values. */
    private boolean isTheirs(Redaction redaction) {
        return redaction.isPersonal(contact.name()) || redaction.isPersonal(contact.email().value())
                || redaction.isPersonal(contact.phone().value());
    }
}
