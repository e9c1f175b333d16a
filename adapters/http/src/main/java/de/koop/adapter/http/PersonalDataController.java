package de.koop.adapter.http;

import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.PersonalDataUseCase;
import de.koop.domain.shared.PersonId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact person's data protection rights: the export of everything stored about them (GDPR Art. 15,
 * 20) and its erasure (Art. 17). For the network's coordinators and administrators.
 */
@Controller("/api/v1/networks/{networkId}/partners/{partnerId}/contacts/{personId}/personal-data")
@Tag(name = "data-protection")
public class PersonalDataController {

    private final PersonalDataUseCase personalData;

    public PersonalDataController(PersonalDataUseCase personalData) {
        this.personalData = personalData;
    }

    @Drives(port = PersonalDataUseCase.class, operation = "export")
    @Get
    @ApiResponse(responseCode = "200", description = "Die Person und jeder Eintrag, der sie nennt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "#/components/schemas/PersonalDataExport")))
    @Operation(operationId = "exportPersonalData", summary = "Auskunft: alles, was koop im Netzwerk über die Person speichert, als JSON (Art. 15, 20 DSGVO)")
    public Map<String, Object> export(@PathVariable String networkId, @PathVariable String partnerId,
                                      @PathVariable String personId) {
        PersonalDataUseCase.PersonalData data = personalData.export(PathIds.network(networkId),
                PathIds.partner(partnerId), person(personId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", data.person());
        body.putAll(data.records());
        return body;
    }

    @Drives(port = PersonalDataUseCase.class, operation = "erase")
    @Delete
    @ApiResponse(responseCode = "200", description = "Das Pseudonym und was es ersetzt hat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "#/components/schemas/PersonalDataErasure")))
    @Operation(operationId = "erasePersonalData", summary = "Löschung (Art. 17 DSGVO): Name, E-Mail und Telefon, auch frühere, werden in allen Texten "
            + "des Netzwerks und in den Nachrichten durch ein Pseudonym ersetzt, ein nach einer ihrer Adressen benanntes "
            + "Benutzerkonto gelöscht; Beschlüsse, Protokolle und Sitze bleiben erhalten")
    public Map<String, Object> erase(@PathVariable String networkId, @PathVariable String partnerId,
                                     @PathVariable String personId) {
        PersonalDataUseCase.Erasure erasure = personalData.erase(PathIds.network(networkId),
                PathIds.partner(partnerId), person(personId));
        return Map.of("pseudonym", erasure.pseudonym(), "replaced", erasure.replaced());
    }

    private static PersonId person(String value) {
        try {
            return PersonId.parse(value, "personId");
        } catch (RuntimeException e) {
            throw new de.koop.application.port.in.NotFoundException("Ansprechperson", value);
        }
    }
}
