package de.koop.domain.network;

import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.util.Objects;

/** The partner that coordinates a network (Netzwerkkoordination) and its contact person there. */
public record Coordination(PartnerId partnerId, PersonId contactPersonId) {

    public Coordination {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(contactPersonId, "contactPersonId");
    }
}
