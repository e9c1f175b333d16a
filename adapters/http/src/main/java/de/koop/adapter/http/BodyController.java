package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Cadence;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Composition;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.ElectionRules;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * A network's bodies (Organe, Gremien): set up with their rules as data, seats by appointment or
 * declaration, and where each stands on a day (members, composition gaps, next meeting, convener).
 */
@Controller("/api/v1/networks/{networkId}/bodies")
@Tag(name = "bodies")
public class BodyController {

    /** The number the body's next meeting would get and who would convene it, and why. */
    @Serdeable
    public record NextMeetingResponse(int number, @Nullable MeetingResponse.Convener convener) {
    }

    private final GovernanceUseCase governance;
    private final FindBodiesQuery find;
    private final FindMeetingsQuery meetings;
    private final Today today;

    public BodyController(GovernanceUseCase governance, FindBodiesQuery find, FindMeetingsQuery meetings, Today today) {
        this.governance = governance;
        this.find = find;
        this.meetings = meetings;
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
    public HttpResponse<BodyResponse> establish(@PathVariable String networkId,
                                                @io.micronaut.http.annotation.Body GovernanceRequests.Establish request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        DecisionRule decisionRule = request.decisionRule() == null
                ? new DecisionRule(DecisionRule.Kind.SIMPLE_MAJORITY_OF_VOTES_CAST, Optional.empty())
                : fields.value("", () -> request.decisionRule().toRule());
        Cadence cadence = request.cadence() == null ? new Cadence.Variable()
                : fields.value("", () -> request.cadence().toCadence());
        Composition composition = request.composition() == null ? Composition.open()
                : fields.value("", () -> request.composition().toComposition());
        ConveningRule convening = request.convening() == null ? null : request.convening().toRule(fields);
        ElectionRules election = request.election() == null ? null : fields.value("", () -> request.election().toRules());
        fields.throwIfInvalid();
        Charter charter = fields.value("", () -> new Charter(Set.copyOf(request.formats()),
                Boolean.TRUE.equals(request.minutesRequired()), decisionRule, cadence, request.requiredTopics(),
                Optional.ofNullable(request.responsibilities()), composition, Optional.ofNullable(convening),
                Optional.ofNullable(election)));
        fields.throwIfInvalid();
        Body established = governance.establish(new GovernanceUseCase.EstablishBody(network, request.kind(),
                request.name(), Optional.ofNullable(request.parentId()).map(BodyId::new), request.establishedOn(),
                Optional.ofNullable(request.temporaryUntil()), charter));
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

    @Drives(port = FindMeetingsQuery.class, operation = "nextMeeting")
    @Get("/{bodyId}/next-meeting")
    @Operation(operationId = "getNextMeeting", summary = "Die nächste Sitzung des Gremiums, bevor sie geplant ist: ihre Nummer und wer sie nach der Regel des Gremiums einberuft, fände sie am Tag on statt (heute, wenn leer)")
    public NextMeetingResponse nextMeeting(@PathVariable String networkId, @PathVariable String bodyId,
                                           @Nullable @QueryValue String on) {
        FindMeetingsQuery.NextMeeting next = meetings.nextMeeting(PathIds.network(networkId), PathIds.body(bodyId),
                today.orGiven(on));
        return new NextMeetingResponse(next.number(), next.convener()
                .map(c -> new MeetingResponse.Convener(c.partnerId().toString(), c.reason())).orElse(null));
    }

    @Drives(port = GovernanceUseCase.class, operation = "appoint")
    @Post("/{bodyId}/seats")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "appointSeat", summary = "Einen Sitz vergeben (Benennung, Bereitschaftserklärung oder gewählt); Regeln der Zusammensetzung werden geprüft")
    public HttpResponse<BodyResponse> appoint(@PathVariable String networkId, @PathVariable String bodyId,
                                              @io.micronaut.http.annotation.Body GovernanceRequests.Appoint request) {
        NetworkId network = PathIds.network(networkId);
        BodyId id = PathIds.body(bodyId);
        LocalDate from = request.from();
        governance.appoint(new GovernanceUseCase.Appoint(network, id, request.holderName(),
                Optional.ofNullable(request.personId()).map(PersonId::new),
                Optional.ofNullable(request.partnerId()).map(PartnerId::new),
                request.role() == null ? SeatRole.MEMBER : request.role(),
                request.basis() == null ? SeatBasis.APPOINTED : request.basis(), from,
                Optional.ofNullable(request.until())));
        return HttpResponse.created(BodyResponse.from(find.find(network, id,
                from.isAfter(today.today()) ? from : today.today())), location(network, id));
    }

    @Drives(port = GovernanceUseCase.class, operation = "endSeat")
    @Post("/{bodyId}/seats/{seatId}/end")
    @Operation(operationId = "endSeat", summary = "Einen Sitz beenden; er bleibt in der Geschichte des Gremiums")
    public BodyResponse endSeat(@PathVariable String networkId, @PathVariable String bodyId,
                                @PathVariable String seatId, @io.micronaut.http.annotation.Body GovernanceRequests.EndSeat request) {
        NetworkId network = PathIds.network(networkId);
        BodyId id = PathIds.body(bodyId);
        Fields fields = new Fields();
        SeatId seat = fields.value("seatId", () -> SeatId.parse(seatId, ""));
        fields.throwIfInvalid();
        governance.endSeat(new GovernanceUseCase.EndSeat(network, id, seat, request.lastDay()));
        return BodyResponse.from(find.find(network, id, today.today()));
    }

    static URI location(NetworkId network, BodyId body) {
        return URI.create("/api/v1/networks/" + network + "/bodies/" + body);
    }
}
