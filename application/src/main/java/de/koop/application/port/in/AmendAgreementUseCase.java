package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.time.LocalDate;

/**
 * Changes an agreement by new versions: proposed and consented to by every party in writing, or
 * concluded at once when all signed. The previous version stays in force until then.
 */
public interface AmendAgreementUseCase {

    /** A new version, proposed or signed by all on {@code date}; {@code effectiveOn} null means on signing. */
    record NewVersion(NetworkId networkId, AgreementId agreementId, LocalDate date, LocalDate effectiveOn,
                      String textReference, String summary) implements NetworkScoped {
        public NewVersion {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
        }
    }

    /** A party's consent to a proposed version. */
    record Consent(NetworkId networkId, AgreementId agreementId, int versionNumber, PartnerId partnerId,
                   LocalDate consentedOn, boolean writtenForm) implements NetworkScoped {
        public Consent {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
            Required.present(partnerId, "partnerId");
        }
    }

    /** @throws NotFoundException when the agreement does not exist in that network */
    @Command(Permission.COORDINATE)
    Agreement proposeAmendment(NewVersion command);

    /** @throws NotFoundException when the agreement does not exist in that network */
    @Command(Permission.COORDINATE)
    Agreement recordConsent(Consent command);

    /** @throws NotFoundException when the agreement does not exist in that network */
    @Command(Permission.COORDINATE)
    Agreement concludeVersion(NewVersion command);
}
