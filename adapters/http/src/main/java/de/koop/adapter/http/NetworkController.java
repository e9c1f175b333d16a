package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.AssignCoordinationCommand;
import de.koop.application.port.in.AssignCoordinationUseCase;
import de.koop.application.port.in.ChangeAdmissionUseCase;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.RegisterNetworkCommand;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.in.RenameNetworkCommand;
import de.koop.application.port.in.RenameNetworkUseCase;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.network.ShortName;
import de.koop.domain.shared.Text;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

/** Networks: register, read, rename, close and reopen, assign the coordination. */
@Controller("/api/v1/networks")
@Tag(name = "networks")
public class NetworkController {

    private final RegisterNetworkUseCase register;
    private final RenameNetworkUseCase rename;
    private final ChangeAdmissionUseCase admission;
    private final AssignCoordinationUseCase coordination;
    private final FindNetworksQuery find;

    public NetworkController(RegisterNetworkUseCase register, RenameNetworkUseCase rename,
                             ChangeAdmissionUseCase admission, AssignCoordinationUseCase coordination,
                             FindNetworksQuery find) {
        this.register = register;
        this.rename = rename;
        this.admission = admission;
        this.coordination = coordination;
        this.find = find;
    }

    @Drives(port = FindNetworksQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listNetworks", summary = "Alle Netzwerke, nach Name sortiert, seitenweise")
    public PageResponse<NetworkResponse> list(@QueryValue(defaultValue = "0") int page,
                                              @QueryValue(defaultValue = "20") int size) {
        return PageResponse.of(find.list(new PageRequest(page, size)), NetworkResponse::from);
    }

    @Drives(port = RegisterNetworkUseCase.class, operation = "register")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "registerNetwork", summary = "Ein Netzwerk anlegen")
    public HttpResponse<NetworkResponse> register(
            @RequestBody(description = "Das neue Netzwerk") @Body NetworkRequests.Register request) {
        Fields fields = new Fields();
        checkNames(fields, request.name(), request.shortName());
        fields.value("region", () -> Text.required(request.region(), "region", 200));
        fields.value("goals", () -> Text.optionalMultiline(request.goals(), "goals", 4000));
        fields.throwIfInvalid();
        Network network = register.register(new RegisterNetworkCommand(request.name(), request.shortName(), request.region(),
                request.goals(), request.open() ? Admission.OPEN : Admission.CLOSED));
        return HttpResponse.created(NetworkResponse.from(network), location(network.getId()));
    }

    @Drives(port = FindNetworksQuery.class, operation = "find")
    @Get("/{networkId}")
    @Operation(operationId = "getNetwork", summary = "Ein Netzwerk lesen")
    public NetworkResponse get(@PathVariable String networkId) {
        return NetworkResponse.from(find.find(PathIds.network(networkId)));
    }

    @Drives(port = RenameNetworkUseCase.class, operation = "rename")
    @Post("/{networkId}/rename")
    @Operation(operationId = "renameNetwork", summary = "Ein Netzwerk umbenennen (Name und Kurzname)")
    public NetworkResponse rename(@PathVariable String networkId,
            @RequestBody(description = "Name, Kurzname und die zuletzt gelesene version") @Body NetworkRequests.Rename request) {
        NetworkId id = PathIds.network(networkId);
        Fields fields = new Fields();
        checkNames(fields, request.name(), request.shortName());
        fields.throwIfInvalid();
        return NetworkResponse.from(rename.rename(
                new RenameNetworkCommand(id, request.version(), request.name(), request.shortName())));
    }

    @Drives(port = ChangeAdmissionUseCase.class, operation = "close")
    @Post("/{networkId}/close")
    @Operation(operationId = "closeNetworkToNewPartners", summary = "Ein Netzwerk für neue Partner schließen")
    public NetworkResponse close(@PathVariable String networkId) {
        return NetworkResponse.from(admission.close(PathIds.network(networkId)));
    }

    @Drives(port = ChangeAdmissionUseCase.class, operation = "reopen")
    @Post("/{networkId}/reopen")
    @Operation(operationId = "reopenNetworkToNewPartners", summary = "Ein Netzwerk für neue Partner wieder öffnen")
    public NetworkResponse reopen(@PathVariable String networkId) {
        return NetworkResponse.from(admission.reopen(PathIds.network(networkId)));
    }

    @Drives(port = AssignCoordinationUseCase.class, operation = "assignCoordination")
    @Put("/{networkId}/coordination")
    @Operation(operationId = "assignCoordination", summary = "Die Netzwerkkoordination einem Partner und seiner Ansprechperson übertragen")
    public NetworkResponse assignCoordination(@PathVariable String networkId,
            @RequestBody(description = "Partner und Ansprechperson") @Body NetworkRequests.AssignCoordination request) {
        return NetworkResponse.from(coordination.assignCoordination(new AssignCoordinationCommand(
                PathIds.network(networkId), new PartnerId(request.partnerId()), new PersonId(request.contactPersonId()))));
    }

    /** Checks name and short name up front, so that a coordinator learns of both at once. */
    private static void checkNames(Fields fields, String name, String shortName) {
        fields.value("name", () -> Text.required(name, "name", 200));
        fields.value("shortName", () -> ShortName.optional(shortName));
    }

    static URI location(NetworkId id) {
        return URI.create("/api/v1/networks/" + id);
    }
}
