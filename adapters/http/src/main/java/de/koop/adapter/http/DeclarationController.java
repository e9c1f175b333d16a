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
    public HttpResponse<DeclarationResponse> recordAccession(@PathVariable String networkId,
                                                             @Body DeclarationRequests.Accession request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        DeclarationRequests.Contact contact = request.contact();
        PhoneNumber phone = fields.value("contact", () -> new PhoneNumber(contact.phone()));
        EmailAddress email = fields.value("contact", () -> new EmailAddress(contact.email()));
        AccessionContact accessionContact = phone == null || email == null ? null
                : fields.value("contact", () -> new AccessionContact(contact.organisation(), contact.name(), phone, email));
        Receipt receipt = receipt(fields, request.receivedOn(), request.recordedBy());
        fields.throwIfInvalid();
        return created(network, record.recordAccession(new RecordDeclarationUseCase.AccessionCommand(network,
                new AgreementId(request.agreementId()), new PartnerId(request.partnerId()), request.acceptedVersion(),
                accessionContact, Boolean.TRUE.equals(request.publishLogo()),
                Boolean.TRUE.equals(request.publishContacts()), request.noCommercialSelfInterest(), request.signedOn(),
                receipt)));
    }

    @Drives(port = RecordDeclarationUseCase.class, operation = "recordReadiness")
    @Post("/readiness")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordReadiness", summary = "Eine Bereitschaftserklärung erfassen: eine Person bindet sich an Arbeitsgruppen")
    public HttpResponse<DeclarationResponse> recordReadiness(@PathVariable String networkId,
                                                             @Body DeclarationRequests.Readiness request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        EmailAddress personEmail = request.personEmail() == null ? null
                : fields.value("personEmail", () -> new EmailAddress(request.personEmail()));
        Receipt receipt = receipt(fields, request.receivedOn(), request.recordedBy());
        fields.throwIfInvalid();
        return created(network, record.recordReadiness(new RecordDeclarationUseCase.ReadinessCommand(network,
                Optional.ofNullable(request.partnerId()).map(PartnerId::new), request.personName(),
                Optional.ofNullable(personEmail), request.workingGroups(), receipt)));
    }

    @Drives(port = RecordDeclarationUseCase.class, operation = "recordTermination")
    @Post("/terminations")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordTermination", summary = "Eine Kündigung oder einen Austritt erfassen; die Antwort nennt den Wirksamkeitstag und die angewandte Regel")
    public HttpResponse<DeclarationResponse> recordTermination(@PathVariable String networkId,
                                                               @Body DeclarationRequests.Termination request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        Receipt receipt = receipt(fields, request.receivedOn(), request.recordedBy());
        fields.throwIfInvalid();
        return created(network, record.recordTermination(new RecordDeclarationUseCase.TerminationCommand(network,
                new AgreementId(request.agreementId()), new PartnerId(request.partnerId()),
                Optional.ofNullable(request.requestedOn()), receipt)));
    }

    private static HttpResponse<DeclarationResponse> created(NetworkId network, Declaration declaration) {
        return HttpResponse.created(DeclarationResponse.from(declaration),
                URI.create("/api/v1/networks/" + network + "/declarations/" + declaration.id()));
    }

    private static Receipt receipt(Fields fields, LocalDate receivedOn, String recordedBy) {
        return fields.value("", () -> new Receipt(receivedOn, recordedBy));
    }
}
