package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Records the recurring duties an agreement creates (rule 13) and when their deadlines were met. */
public interface ObligationUseCase {

    record Create(NetworkId networkId, AgreementId agreementId, String title, PartnerId responsible,
                  Optional<PartnerId> recipient, DeadlineRule rule, LocalDate startsOn, Optional<LocalDate> endsOn,
                  int reminderDaysBefore) implements NetworkScoped {
        public Create {
            Required.present(networkId, "networkId");
            Required.present(agreementId, "agreementId");
            recipient = Objects.requireNonNullElse(recipient, Optional.empty());
            endsOn = Objects.requireNonNullElse(endsOn, Optional.empty());
        }
    }

    record Fulfil(NetworkId networkId, ObligationId obligationId, LocalDate dueOn, LocalDate fulfilledOn, String note)
            implements NetworkScoped {
        public Fulfil {
            Required.present(networkId, "networkId");
            Required.present(obligationId, "obligationId");
        }
    }

    /** @throws NotFoundException when the agreement or a party does not exist in that network */
    @Command(Permission.COORDINATE)
    Obligation create(Create command);

    /** @throws NotFoundException when the obligation does not exist in that network */
    @Command(Permission.COORDINATE)
    Obligation fulfil(Fulfil command);
}
