package de.koop.adapter.http;

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
@Tag(name = "Datenschutz")
public class PersonalDataController {

    private final PersonalDataUseCase personalData;

    public PersonalDataController(PersonalDataUseCase personalData) {
        this.personalData = personalData;
    }

    @Drives(port = PersonalDataUseCase.class, operation = "export")
    @Get
    @Operation(summary = "Auskunft: alles, was koop im Netzwerk über die Person speichert, als JSON (Art. 15, 20 DSGVO)")
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
    @Operation(summary = "Löschung (Art. 17 DSGVO): Name, E-Mail und Telefon, auch frühere, werden in allen Texten "
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
