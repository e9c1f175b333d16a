package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The written declarations of a network's parties as received; read strictly by {@link RequestReader}.
 * Each names the day it was received and who recorded it.
 */
final class DeclarationRequests {

    private DeclarationRequests() {
    }

    /**
     * A partner's accession declaration (rule 1): it accepts version {@code acceptedVersion} of the
     * agreement, names its contact, says whether logo and contacts may be published (not when absent), and
     * affirms that it pursues no commercial self-interest in the network.
     */
    @Schema(name = "AccessionDeclaration", additionalProperties = FALSE)
    record Accession(UUID agreementId, UUID partnerId, @Min(1) int acceptedVersion, Contact contact,
                     @Nullable Boolean publishLogo, @Nullable Boolean publishContacts, boolean noCommercialSelfInterest,
                     LocalDate signedOn, LocalDate receivedOn, @Size(max = 200) String recordedBy) {
    }

    /** The contact an accession names. */
    @Schema(name = "AccessionContact", additionalProperties = FALSE)
    record Contact(@Size(max = 200) String organisation, @Size(max = 200) String name, String phone,
                   @Email String email) {
    }

    /**
     * A person's readiness declaration: they bind themselves to working groups, for a partner of the network
     * or on their own.
     */
    @Schema(name = "ReadinessDeclaration", additionalProperties = FALSE)
    record Readiness(@Nullable UUID partnerId, @Size(max = 200) String personName, @Nullable @Email String personEmail,
                     @Size(min = 1) List<@Size(max = 200) String> workingGroups, LocalDate receivedOn,
                     @Size(max = 200) String recordedBy) {
    }

    /**
     * A termination or withdrawal, taking effect as the agreement's rule says, or on {@code requestedOn} if
     * that is later.
     */
    @Schema(name = "TerminationDeclaration", additionalProperties = FALSE)
    record Termination(UUID agreementId, UUID partnerId, @Nullable LocalDate requestedOn, LocalDate receivedOn,
                       @Size(max = 200) String recordedBy) {
    }
}
