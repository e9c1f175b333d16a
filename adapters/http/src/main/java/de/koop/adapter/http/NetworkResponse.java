package de.koop.adapter.http;

import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A network as coordinators see it; {@code version} goes back with the next change. */
@Serdeable
public record NetworkResponse(String id, String name, @Nullable String shortName, String region,
                              @Nullable String goals, boolean open, @Nullable Coordination coordination,
                              long version) {

    @Serdeable
    public record Coordination(String partnerId, String contactPersonId) {
    }

    static NetworkResponse from(Network network) {
        return new NetworkResponse(network.getId().toString(), network.getName(),
                network.getShortName().orElse(null), network.getRegion(), network.getGoals().orElse(null),
                network.getAdmission() == Admission.OPEN,
                network.getCoordination()
                        .map(c -> new Coordination(c.partnerId().toString(), c.contactPersonId().toString()))
                        .orElse(null),
                network.getVersion());
    }
}
