package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.application.access.Permission;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.time.LocalDate;
import java.util.List;

/** Records an agreement its parties concluded: its rules as data, and its first version. */
public interface ConcludeAgreementUseCase {

    /**
     * @param effectiveOn the agreed day it takes effect, or {@code null} for "on signing"
     */
    record Command(NetworkId networkId, AgreementKind kind, String title, String legalBasis, List<PartnerId> parties,
                   List<Annex> annexes, Term term, TerminationRule terminationRule, boolean successorRequired,
                   LocalDate concludedOn, LocalDate effectiveOn, String textReference) implements NetworkScoped {
        public Command {
            Required.present(networkId, "networkId");
            if (concludedOn == null) {
                throw new InvalidValueException("concludedOn", "darf nicht leer sein");
            }
            parties = List.copyOf(Required.present(parties, "parties"));
            annexes = List.copyOf(Required.present(annexes, "annexes"));
        }
    }

    /**
     * @throws NotFoundException when the network or a party does not exist in it
     */
    @de.koop.application.usecase.Command(Permission.COORDINATE)
    Agreement conclude(Command command);
}
