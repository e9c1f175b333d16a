package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.InvalidValueException;

/** Which partner coordinates a network, and which of its contacts is the contact person. */
public record AssignCoordinationCommand(NetworkId networkId, PartnerId partnerId, PersonId contactPersonId)
        implements NetworkScoped {

    public AssignCoordinationCommand {
        if (networkId == null) {
            throw new InvalidValueException("networkId", "darf nicht leer sein");
        }
        if (partnerId == null) {
            throw new InvalidValueException("partnerId", "darf nicht leer sein");
        }
        if (contactPersonId == null) {
            throw new InvalidValueException("contactPersonId", "darf nicht leer sein");
        }
    }
}
