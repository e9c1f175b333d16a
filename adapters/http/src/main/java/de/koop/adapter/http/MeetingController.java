package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Minutes;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A network's meetings from planning to closed minutes. Times are local times in Germany
 * (Europe/Berlin), given as {@code 2026-03-12T14:00}.
 */
@Controller("/api/v1/networks/{networkId}/meetings")
@Tag(name = "meetings")
public class MeetingController {

    private final ScheduleMeetingUseCase scheduling;
    private final AgendaUseCase agenda;
    private final MeetingUseCase meetings;
    private final FindMeetingsQuery find;

    public MeetingController(ScheduleMeetingUseCase scheduling, AgendaUseCase agenda, MeetingUseCase meetings,
                             FindMeetingsQuery find) {
        this.scheduling = scheduling;
        this.agenda = agenda;
        this.meetings = meetings;
        this.find = find;
    }

    @Drives(port = FindMeetingsQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listMeetings", summary = "Die Sitzungen eines Netzwerks nach Beginn")
    public List<MeetingResponse> list(@PathVariable String networkId) {
        return find.list(PathIds.network(networkId)).stream().map(MeetingResponse::from).toList();
    }

    @Drives(port = ScheduleMeetingUseCase.class, operation = "schedule")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "scheduleMeeting", summary = "Eine Sitzung planen: Pflichtthemen und vertagte Punkte stehen auf der Tagesordnung, die Einberufung folgt der Regel des Gremiums")
    public HttpResponse<MeetingResponse> schedule(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String bodyValue = json.string("bodyId");
        BodyId bodyId = fields.value("bodyId", () -> BodyId.parse(bodyValue, ""));
        LocalDateTime startsAt = time(fields, "startsAt", json.string("startsAt"), true);
        LocalDateTime endsAt = time(fields, "endsAt", json.string("endsAt"), false);
        String formatCode = json.string("format");
        MeetingFormat format = fields.value("format", () -> MeetingFormat.fromCode(formatCode, ""));
        String place = json.string("place");
        fields.throwIfInvalid();
        return created(scheduling.schedule(new MeetingUseCase.Schedule(network, bodyId, startsAt, endsAt, format,
                place)));
    }

    @Drives(port = FindMeetingsQuery.class, operation = "find")
    @Get("/{meetingId}")
    @Operation(operationId = "getMeeting", summary = "Eine Sitzung lesen")
    public MeetingResponse get(@PathVariable String networkId, @PathVariable String meetingId) {
        return MeetingResponse.from(find.find(PathIds.network(networkId), PathIds.meeting(meetingId)));
    }

    @Drives(port = AgendaUseCase.class, operation = "proposeItem")
    @Post("/{meetingId}/agenda")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "proposeAgendaItem", summary = "Einen Tagesordnungspunkt vorschlagen (jede teilnehmende Person)")
    public HttpResponse<MeetingResponse> propose(@PathVariable String networkId, @PathVariable String meetingId,
                                                 @Body JsonNode body) {
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String title = json.string("title");
        String proposedBy = json.string("proposedBy");
        fields.throwIfInvalid();
        return created(agenda.proposeItem(ref(networkId, meetingId), title, proposedBy));
    }

    @Drives(port = AgendaUseCase.class, operation = "acceptItem")
    @Post("/{meetingId}/agenda/{number}/accept")
    @Operation(operationId = "acceptAgendaItem", summary = "Einen vorgeschlagenen Punkt in die Tagesordnung aufnehmen")
    public MeetingResponse accept(@PathVariable String networkId, @PathVariable String meetingId,
                                  @PathVariable int number) {
        return MeetingResponse.from(agenda.acceptItem(ref(networkId, meetingId), number));
    }

    @Drives(port = AgendaUseCase.class, operation = "deferItem")
    @Post("/{meetingId}/agenda/{number}/defer")
    @Operation(operationId = "deferAgendaItem", summary = "Einen Punkt vertagen; er steht auf der nächsten Sitzung wieder zur Wahl")
    public MeetingResponse defer(@PathVariable String networkId, @PathVariable String meetingId,
                                 @PathVariable int number) {
        return MeetingResponse.from(agenda.deferItem(ref(networkId, meetingId), number));
    }

    @Drives(port = MeetingUseCase.class, operation = "invite")
    @Post("/{meetingId}/invitation")
    @Operation(operationId = "inviteToMeeting", summary = "Die Mitglieder des Gremiums am Sitzungstag einladen (auch kraft Amtes)")
    public MeetingResponse invite(@PathVariable String networkId, @PathVariable String meetingId) {
        return MeetingResponse.from(meetings.invite(ref(networkId, meetingId)));
    }

    @Drives(port = MeetingUseCase.class, operation = "recordHeld")
    @Post("/{meetingId}/attendance")
    @Operation(operationId = "recordMeetingHeld", summary = "Die Sitzung als abgehalten erfassen, mit den Anwesenden")
    public MeetingResponse attendance(@PathVariable String networkId, @PathVariable String meetingId,
                                      @Body JsonNode body) {
        Fields fields = new Fields();
        List<String> present = JsonBody.of(body, fields).strings("present");
        fields.throwIfInvalid();
        return MeetingResponse.from(meetings.recordHeld(ref(networkId, meetingId), present));
    }

    @Drives(port = MeetingUseCase.class, operation = "recordDecision")
    @Post("/{meetingId}/decisions")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordDecision", summary = "Einen Beschluss erfassen: Antrag und Stimmen; die Beschlussregel des Gremiums ergibt das Ergebnis")
    public HttpResponse<MeetingResponse> decide(@PathVariable String networkId, @PathVariable String meetingId,
                                                @Body JsonNode body) {
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String motion = json.string("motion");
        Long yes = json.integer("yes");
        Long no = json.integer("no");
        Long abstain = json.integer("abstain");
        Long agendaItem = json.integer("agendaItem");
        fields.required("yes", yes);
        fields.required("no", no);
        fields.throwIfInvalid();
        return created(meetings.recordDecision(ref(networkId, meetingId),
                Optional.ofNullable(agendaItem).map(Long::intValue), motion, yes.intValue(),
                no.intValue(), abstain == null ? 0 : abstain.intValue()));
    }

    @Drives(port = MeetingUseCase.class, operation = "recordMinutes")
    @Put("/{meetingId}/minutes")
    @Operation(operationId = "recordMinutes", summary = "Das Protokoll erfassen, mit dem Tag seiner Genehmigung")
    public MeetingResponse minutes(@PathVariable String networkId, @PathVariable String meetingId,
                                   @Body JsonNode body) {
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String text = json.string("text");
        LocalDate approvedOn = fields.date("approvedOn", json.string("approvedOn"));
        Minutes minutes = fields.value("", () -> new Minutes(text, Optional.ofNullable(approvedOn)));
        fields.throwIfInvalid();
        return MeetingResponse.from(meetings.recordMinutes(ref(networkId, meetingId), minutes));
    }

    @Drives(port = MeetingUseCase.class, operation = "close")
    @Post("/{meetingId}/close")
    @Operation(operationId = "closeMeeting", summary = "Die Sitzung abschließen; ohne vorgeschriebenes Protokoll bleibt sie offen")
    public MeetingResponse close(@PathVariable String networkId, @PathVariable String meetingId) {
        return MeetingResponse.from(meetings.close(ref(networkId, meetingId)));
    }

    private static HttpResponse<MeetingResponse> created(Meeting meeting) {
        return HttpResponse.created(MeetingResponse.from(meeting),
                URI.create("/api/v1/networks/" + meeting.getNetworkId() + "/meetings/" + meeting.getId()));
    }

    private static MeetingUseCase.Ref ref(String networkId, String meetingId) {
        return new MeetingUseCase.Ref(PathIds.network(networkId), PathIds.meeting(meetingId));
    }

    private static LocalDateTime time(Fields fields, String path, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fields.refuse(path, "darf nicht leer sein");
            }
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(value.strip());
            if (!time.atZone(Meeting.ZONE).toLocalDateTime().equals(time)) {
                fields.refuse(path, "gibt es in Deutschland nicht (Umstellung auf Sommerzeit)");
                return null;
            }
            if (time.getYear() < 1900 || time.getYear() > 2199) {
                fields.refuse(path, "liegt außerhalb der Jahre 1900 bis 2199");
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            fields.refuse(path, "ist keine gültige Ortszeit (JJJJ-MM-TTThh:mm, Europe/Berlin)");
            return null;
        }
    }
}
