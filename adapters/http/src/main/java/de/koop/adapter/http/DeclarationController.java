package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindDeclarationsQuery;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.RecordDeclarationUseCase.Receipt;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The written declarations of a network's parties, recorded as received: accessions, readiness
 * declarations and terminations. Recorded declarations are history and cannot be changed.
 */
@Controller("/api/v1/networks/{networkId}/declarations")
@Tag(name = "declarations")
public class DeclarationController {

    private final RecordDeclarationUseCase record;
    private final FindDeclarationsQuery find;

    public DeclarationController(RecordDeclarationUseCase record, FindDeclarationsQuery find) {
        this.record = record;
        this.find = find;
    }

    @Drives(port = FindDeclarationsQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listDeclarations", summary = "Alle Erklärungen eines Netzwerks in der Reihenfolge ihres Eingangs, seitenweise")
    public PageResponse<DeclarationResponse> list(@PathVariable String networkId,
                                                  @QueryValue(defaultValue = "0") int page,
                                                  @QueryValue(defaultValue = "20") int size) {
        return PageResponse.of(find.list(PathIds.network(networkId), new PageRequest(page, size)),
                DeclarationResponse::from);
    }

    @Drives(port = FindDeclarationsQuery.class, operation = "find")
    @Get("/{declarationId}")
    @Operation(operationId = "getDeclaration", summary = "Eine Erklärung lesen")
    public DeclarationResponse get(@PathVariable String networkId, @PathVariable String declarationId) {
        return DeclarationResponse.from(find.find(PathIds.network(networkId), PathIds.declaration(declarationId)));
    }

    @Drives(port = RecordDeclarationUseCase.class, operation = "recordAccession")
    @Post("/accessions")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordAccession", summary = "Eine Beitrittserklärung erfassen (Netzwerk offen, Vereinbarung in Kraft, Partner noch nicht gebunden)")
    public HttpResponse<DeclarationResponse> recordAccession(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        AgreementId agreement = agreementId(json, fields);
        PartnerId partner = partnerId(json, fields);
        Long acceptedVersion = json.integer("acceptedVersion");
        fields.required("acceptedVersion", acceptedVersion);
        JsonBody contact = json.object("contact");
        AccessionContact accessionContact = contact == null ? fields.required("contact", null) : contact(contact, fields);
        Boolean publishLogo = json.bool("publishLogo");
        Boolean publishContacts = json.bool("publishContacts");
        Boolean noCommercialSelfInterest = json.bool("noCommercialSelfInterest");
        fields.required("noCommercialSelfInterest", noCommercialSelfInterest);
        LocalDate signedOn = fields.requiredDate("signedOn", json.string("signedOn"));
        Receipt receipt = receipt(json, fields);
        fields.throwIfInvalid();
        return created(network, record.recordAccession(new RecordDeclarationUseCase.AccessionCommand(network, agreement,
                partner, acceptedVersion.intValue(), accessionContact, Boolean.TRUE.equals(publishLogo),
                Boolean.TRUE.equals(publishContacts), noCommercialSelfInterest, signedOn, receipt)));
    }

    @Drives(port = RecordDeclarationUseCase.class, operation = "recordReadiness")
    @Post("/readiness")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordReadiness", summary = "Eine Bereitschaftserklärung erfassen: eine Person bindet sich an Arbeitsgruppen")
    public HttpResponse<DeclarationResponse> recordReadiness(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String partner = json.string("partnerId");
        PartnerId partnerId = partner == null ? null
                : fields.value("partnerId", () -> PartnerId.parse(partner, "partnerId"));
        String personName = json.string("personName");
        String email = json.string("personEmail");
        EmailAddress personEmail = email == null ? null : fields.value("personEmail", () -> new EmailAddress(email));
        var workingGroups = json.strings("workingGroups");
        Receipt receipt = receipt(json, fields);
        fields.throwIfInvalid();
        return created(network, record.recordReadiness(new RecordDeclarationUseCase.ReadinessCommand(network,
                Optional.ofNullable(partnerId), personName, Optional.ofNullable(personEmail), workingGroups, receipt)));
    }

    @Drives(port = RecordDeclarationUseCase.class, operation = "recordTermination")
    @Post("/terminations")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordTermination", summary = "Eine Kündigung oder einen Austritt erfassen; die Antwort nennt den Wirksamkeitstag und die angewandte Regel")
    public HttpResponse<DeclarationResponse> recordTermination(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        AgreementId agreement = agreementId(json, fields);
        PartnerId partner = partnerId(json, fields);
        LocalDate requestedOn = fields.date("requestedOn", json.string("requestedOn"));
        Receipt receipt = receipt(json, fields);
        fields.throwIfInvalid();
        return created(network, record.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network,
                agreement, partner, Optional.ofNullable(requestedOn), receipt)));
    }

    private static HttpResponse<DeclarationResponse> created(NetworkId network, Declaration declaration) {
        return HttpResponse.created(DeclarationResponse.from(declaration),
                URI.create("/api/v1/networks/" + network + "/declarations/" + declaration.id()));
    }

    private static AgreementId agreementId(JsonBody json, Fields fields) {
        String value = json.string("agreementId");
        return fields.value("agreementId", () -> AgreementId.parse(value, "agreementId"));
    }

    private static PartnerId partnerId(JsonBody json, Fields fields) {
        String value = json.string("partnerId");
        return fields.value("partnerId", () -> PartnerId.parse(value, "partnerId"));
    }

    private static AccessionContact contact(JsonBody contact, Fields fields) {
        String organisation = contact.string("organisation");
        String name = contact.string("name");
        String phone = contact.string("phone");
        String email = contact.string("email");
        PhoneNumber phoneNumber = fields.value("contact", () -> new PhoneNumber(phone));
        EmailAddress emailAddress = fields.value("contact", () -> new EmailAddress(email));
        if (phoneNumber == null || emailAddress == null) {
            return null;
        }
        return fields.value("contact", () -> new AccessionContact(organisation, name, phoneNumber, emailAddress));
    }

    private static Receipt receipt(JsonBody json, Fields fields) {
        LocalDate receivedOn = fields.requiredDate("receivedOn", json.string("receivedOn"));
        String recordedBy = json.string("recordedBy");
        if (receivedOn == null) {
            return null;
        }
        return fields.value("", () -> new Receipt(receivedOn, recordedBy));
    }
}
