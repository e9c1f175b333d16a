package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.usecase.OnBehalfOfPartner;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/** Records the written declarations of parties as they are received. Each is history once recorded. */
public interface RecordDeclarationUseCase {

    /** Who recorded a declaration, and when it was received. */
    record Receipt(LocalDate receivedOn, String recordedBy) {
        public Receipt {
            if (receivedOn == null) {
                throw new InvalidValueException("receivedOn", "darf nicht leer sein");
            }
            recordedBy = Text.required(recordedBy, "recordedBy", 200);
        }
    }

    record AccessionCommand(NetworkId networkId, AgreementId agreementId, PartnerId partnerId, int acceptedVersion,
                            AccessionContact contact, boolean publishLogo, boolean publishContacts,
                            boolean noCommercialSelfInterest, LocalDate signedOn, Receipt receipt)
                                    implements NetworkScoped {
        public AccessionCommand {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
            Required.present(partnerId, "partnerId");
            Required.present(contact, "contact");
            Required.present(receipt, "receipt");
        }
    }

    record ReadinessCommand(NetworkId networkId, Optional<PartnerId> partnerId, String personName,
                            Optional<EmailAddress> personEmail, List<String> workingGroups, Receipt receipt)
                                    implements NetworkScoped, OnBehalfOfPartner {
        public ReadinessCommand {
            Required.present(networkId, "networkId");
            Required.present(partnerId, "partnerId");
            personEmail = Objects.requireNonNullElse(personEmail, Optional.empty());
            Required.present(receipt, "receipt");
        }

        /** The partner the readiness is declared for: a member may record only its own. */
        @Override
        public Optional<PartnerId> onBehalfOf() {
            return partnerId;
        }
    }

    record TerminationCommand(NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                              Optional<LocalDate> requestedOn, Receipt receipt) implements NetworkScoped {
        public TerminationCommand {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
            Required.present(partnerId, "partnerId");
            requestedOn = Objects.requireNonNullElse(requestedOn, Optional.empty());
            Required.present(receipt, "receipt");
        }
    }

    /**
     * Rule 1: the network must be open, the agreement in force, the partner not bound already.
     *
     * @throws NotFoundException when the network, agreement or partner does not exist in that network
     */
    @Command(Permission.COORDINATE)
    Accession recordAccession(AccessionCommand command);

    /** @throws NotFoundException when the network or the partner does not exist in it */
    @Command(Permission.DECLARE_OWN_READINESS)
    Readiness recordReadiness(ReadinessCommand command);

    /**
     * Rules 2 and 3: the effective day follows from the agreement's termination rule.
     *
     * @throws NotFoundException when the network, agreement or partner does not exist in that network
     */
    @Command(Permission.COORDINATE)
    Termination recordTermination(TerminationCommand command);
}
