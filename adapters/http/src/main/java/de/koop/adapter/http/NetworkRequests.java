package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies coordinators send about networks; read strictly by {@link RequestReader}. */
final class NetworkRequests {

    private NetworkRequests() {
    }

    /** Registers a network; {@code open} says whether it accepts new partners by declaration. */
    @Schema(name = "NetworkRegistration", additionalProperties = FALSE)
    record Register(@Size(max = 200) String name, @Nullable @Size(max = 30) String shortName,
                    @Size(max = 200) String region, @Nullable @Size(max = 4000) String goals, boolean open) {
    }

    /** Renames a network, based on the version last read. */
    @Schema(name = "NetworkRenaming", additionalProperties = FALSE)
    record Rename(@Size(max = 200) String name, @Nullable @Size(max = 30) String shortName, long version) {
    }

    /** Hands the coordination to a partner and one of its contact persons. */
    @Schema(name = "CoordinationAssignment", additionalProperties = FALSE)
    record AssignCoordination(UUID partnerId, UUID contactPersonId) {
    }
}
