package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.domain.governance.Meeting;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
    public HttpResponse<MeetingResponse> schedule(@PathVariable String networkId,
                                                  @Body MeetingRequests.Schedule request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        LocalDateTime startsAt = time(fields, "startsAt", request.startsAt());
        LocalDateTime endsAt = request.endsAt() == null ? null : time(fields, "endsAt", request.endsAt());
        fields.throwIfInvalid();
        return created(scheduling.schedule(new MeetingUseCase.Schedule(network, new BodyId(request.bodyId()), startsAt,
                endsAt, request.format(), request.place())));
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
                                                 @Body MeetingRequests.AgendaProposal request) {
        return created(agenda.proposeItem(ref(networkId, meetingId), request.title(), request.proposedBy()));
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
                                      @Body MeetingRequests.Attendance request) {
        return MeetingResponse.from(meetings.recordHeld(ref(networkId, meetingId), request.present()));
    }

    @Drives(port = MeetingUseCase.class, operation = "recordDecision")
    @Post("/{meetingId}/decisions")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordDecision", summary = "Einen Beschluss erfassen: Antrag und Stimmen; die Beschlussregel des Gremiums ergibt das Ergebnis")
    public HttpResponse<MeetingResponse> decide(@PathVariable String networkId, @PathVariable String meetingId,
                                                @Body MeetingRequests.Decision request) {
        return created(meetings.recordDecision(ref(networkId, meetingId), Optional.ofNullable(request.agendaItem()),
                request.motion(), request.yes(), request.no(), request.abstain() == null ? 0 : request.abstain()));
    }

    @Drives(port = MeetingUseCase.class, operation = "recordMinutes")
    @Put("/{meetingId}/minutes")
    @Operation(operationId = "recordMinutes", summary = "Das Protokoll erfassen, mit dem Tag seiner Genehmigung")
    public MeetingResponse minutes(@PathVariable String networkId, @PathVariable String meetingId,
                                   @Body MeetingRequests.Minutes request) {
        Fields fields = new Fields();
        Minutes minutes = fields.value("", () -> new Minutes(request.text(), Optional.ofNullable(request.approvedOn())));
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

    /** A local time in Germany; one that does not exist there (the hour skipped in spring) is refused. */
    private static LocalDateTime time(Fields fields, String path, String value) {
        try {
            LocalDateTime time = LocalDateTime.parse(value);
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
