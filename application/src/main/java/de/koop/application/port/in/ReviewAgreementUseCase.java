package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.Review;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Required;

/** Records the parties' review of an agreement: it renews the term, or keeps it until a successor. */
public interface ReviewAgreementUseCase {

    record Command(NetworkId networkId, AgreementId agreementId, Review review) implements NetworkScoped {
        public Command {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
            Required.present(review, "review");
        }
    }

    /** @throws NotFoundException when the agreement does not exist in that network */
    @de.koop.application.usecase.Command(Permission.COORDINATE)
    Agreement recordReview(Command command);
}
