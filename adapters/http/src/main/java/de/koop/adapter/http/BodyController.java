package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SeatId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A network's bodies (Organe, Gremien): set up with their rules as data, seats by appointment or
 * declaration, and where each stands on a day (members, composition gaps, next meeting, convener).
 */
@Controller("/api/v1/networks/{networkId}/bodies")
@Tag(name = "bodies")
public class BodyController {

    private final GovernanceUseCase governance;
    private final FindBodiesQuery find;
    private final Today today;

    public BodyController(GovernanceUseCase governance, FindBodiesQuery find, Today today) {
        this.governance = governance;
        this.find = find;
        this.today = today;
    }

    @Drives(port = FindBodiesQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listBodies", summary = "Die Gremien eines Netzwerks mit ihrem Stand am Tag on (heute, wenn leer)")
    public List<BodyResponse> list(@PathVariable String networkId, @Nullable @QueryValue String on) {
        return find.list(PathIds.network(networkId), today.orGiven(on)).stream().map(BodyResponse::from).toList();
    }

    @Drives(port = GovernanceUseCase.class, operation = "establish")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "establishBody", summary = "Ein Gremium einrichten: Art, Obergremium, Formate, Protokollpflicht, Beschlussregel, Turnus, Pflichtthemen, Zusammensetzung, Einberufung, Wahlen")
    public HttpResponse<BodyResponse> establish(@PathVariable String networkId, @io.micronaut.http.annotation.Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String kindCode = json.string("kind");
        BodyKind kind = fields.value("kind", () -> BodyKind.fromCode(kindCode, ""));
        String name = json.string("name");
        String parent = json.string("parentId");
        BodyId parentId = parent == null ? null : fields.value("parentId", () -> BodyId.parse(parent, ""));
        LocalDate establishedOn = fields.requiredDate("establishedOn", json.string("establishedOn"));
        LocalDate temporaryUntil = fields.date("temporaryUntil", json.string("temporaryUntil"));
        var formats = GovernanceRequests.formats(json, fields);
        Boolean minutesRequired = json.bool("minutesRequired");
        var decisionRule = GovernanceRequests.decisionRule(json, fields);
        var cadence = GovernanceRequests.cadence(json, fields);
        List<String> requiredTopics = json.strings("requiredTopics");
        String responsibilities = json.string("responsibilities");
        var composition = GovernanceRequests.composition(json, fields);
        var convening = GovernanceRequests.convening(json, fields);
        var election = GovernanceRequests.election(json, fields);
        fields.throwIfInvalid();
        Charter charter = fields.value("charter", () -> new Charter(formats, Boolean.TRUE.equals(minutesRequired),
                decisionRule, cadence, requiredTopics, Optional.ofNullable(responsibilities), composition, convening,
                election));
        fields.throwIfInvalid();
        Body established = governance.establish(new GovernanceUseCase.EstablishBody(network, kind, name,
                Optional.ofNullable(parentId), establishedOn, Optional.ofNullable(temporaryUntil), charter));
        return HttpResponse.created(BodyResponse.from(find.find(network, established.getId(), today.today())),
                location(network, established.getId()));
    }

    @Drives(port = FindBodiesQuery.class, operation = "find")
    @Get("/{bodyId}")
    @Operation(operationId = "getBody", summary = "Ein Gremium mit Sitzen, Mitgliedern (auch kraft Amtes), Lücken der Zusammensetzung, nächster Sitzung und Einberufung")
    public BodyResponse get(@PathVariable String networkId, @PathVariable String bodyId,
                            @Nullable @QueryValue String on) {
        return BodyResponse.from(find.find(PathIds.network(networkId), PathIds.body(bodyId), today.orGiven(on)));
    }

    @Drives(port = GovernanceUseCase.class, operation = "appoint")
    @Post("/{bodyId}/seats")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "appointSeat", summary = "Einen Sitz vergeben (Benennung, Bereitschaftserklärung oder gewählt); Regeln der Zusammensetzung werden geprüft")
    public HttpResponse<BodyResponse> appoint(@PathVariable String networkId, @PathVariable String bodyId,
                                @io.micronaut.http.annotation.Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        BodyId id = PathIds.body(bodyId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String holderName = json.string("holderName");
        String person = json.string("personId");
        PersonId personId = person == null ? null : fields.value("personId", () -> PersonId.parse(person, ""));
        String partner = json.string("partnerId");
        PartnerId partnerId = partner == null ? null : fields.value("partnerId", () -> PartnerId.parse(partner, ""));
        String roleCode = json.string("role");
        SeatRole role = roleCode == null ? SeatRole.MEMBER : fields.value("role", () -> SeatRole.fromCode(roleCode, ""));
        String basisCode = json.string("basis");
        SeatBasis basis = basisCode == null ? SeatBasis.APPOINTED
                : fields.value("basis", () -> SeatBasis.fromCode(basisCode, ""));
        LocalDate from = fields.requiredDate("from", json.string("from"));
        LocalDate until = fields.date("until", json.string("until"));
        fields.throwIfInvalid();
        governance.appoint(new GovernanceUseCase.Appoint(network, id, holderName, Optional.ofNullable(personId),
                Optional.ofNullable(partnerId), role, basis, from, Optional.ofNullable(until)));
        return HttpResponse.created(BodyResponse.from(find.find(network, id,
                from.isAfter(today.today()) ? from : today.today())), location(network, id));
    }

    @Drives(port = GovernanceUseCase.class, operation = "endSeat")
    @Post("/{bodyId}/seats/{seatId}/end")
    @Operation(operationId = "endSeat", summary = "Einen Sitz beenden; er bleibt in der Geschichte des Gremiums")
    public BodyResponse endSeat(@PathVariable String networkId, @PathVariable String bodyId,
                                @PathVariable String seatId, @io.micronaut.http.annotation.Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        BodyId id = PathIds.body(bodyId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        SeatId seat = fields.value("seatId", () -> SeatId.parse(seatId, ""));
        LocalDate lastDay = fields.requiredDate("lastDay", json.string("lastDay"));
        fields.throwIfInvalid();
        governance.endSeat(new GovernanceUseCase.EndSeat(network, id, seat, lastDay));
        return BodyResponse.from(find.find(network, id, today.today()));
    }

    static URI location(NetworkId network, BodyId body) {
        return URI.create("/api/v1/networks/" + network + "/bodies/" + body);
    }
}
