package de.koop.adapter.web;

import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.AgendaUseCase;
import de.koop.application.port.in.BodyView;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A network's meetings: those ahead and those of the last months, and a meeting's page with its facts, its
 * agenda (propose an item, accept or defer a proposal) and its invitation. Holding and recording the meeting
 * is the record page's ({@link WebPaths#meetingRecord}).
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/sitzungen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeetingPages {

    /** How far back the list shows meetings held. */
    private static final int RECENT_MONTHS = 12;
    private static final Map<String, FormErrors.Field> PROPOSAL_FIELDS = Map.of(
            "title", new FormErrors.Field("titel", "Das Thema"),
            "proposedBy", new FormErrors.Field("vorgeschlagenVon", "Der Name bei „Vorgeschlagen von“"));

    private final FindNetworksQuery networks;
    private final FindMeetingsQuery meetings;
    private final FindBodiesQuery bodies;
    private final AgendaUseCase agenda;
    private final MeetingUseCase running;
    private final FindPartnersQuery partners;
    private final WebSessions sessions;
    private final Clock clock;

    public MeetingPages(FindNetworksQuery networks, FindMeetingsQuery meetings, FindBodiesQuery bodies,
                        AgendaUseCase agenda, MeetingUseCase running, FindPartnersQuery partners, WebSessions sessions,
                        Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.bodies = bodies;
        this.agenda = agenda;
        this.running = running;
        this.partners = partners;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> list(HttpRequest<?> request, @PathVariable String networkId) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        LocalDate today = LocalDate.now(clock);
        Map<BodyId, Body> byId = bodies.list(id, today).stream().map(BodyView::body)
                .collect(Collectors.toMap(Body::getId, b -> b));
        List<Meeting> all = meetings.list(id);
        String network = id.toString();
        List<GovernanceViews.MeetingRow> ahead = all.stream()
                .filter(m -> !m.getStartsAt().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .map(m -> row(m, byId.get(m.getBodyId()), network)).toList();
        LocalDate since = today.minusMonths(RECENT_MONTHS);
        List<GovernanceViews.MeetingRow> past = all.stream()
                .filter(m -> m.getStartsAt().toLocalDate().isBefore(today)
                        && !m.getStartsAt().toLocalDate().isBefore(since))
                .sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
                .map(m -> row(m, byId.get(m.getBodyId()), network)).toList();
        return Html.page(Pages.TEMPLATES.meetings(chrome(request), networkName, network, GermanFormats.date(today),
                GermanFormats.date(since), ahead, past));
    }

    @Get(uri = "/{meetingId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> meeting(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String meetingId) {
        return meetingPage(request, HttpStatus.OK, NetworkPages.networkId(networkId), meetingId(meetingId), "", "",
                new FormErrors());
    }

    @Post(uri = "/{meetingId}/tagesordnung", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> propose(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String meetingId,
                                               @io.micronaut.http.annotation.Body Map<String, String> form) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        String title = form.getOrDefault("titel", "").strip();
        String proposedBy = form.getOrDefault("vorgeschlagenVon", "").strip();
        FormErrors errors = new FormErrors();
        if (title.isEmpty()) {
            errors.add("titel", "Bitte geben Sie das Thema des Tagesordnungspunkts an.");
        }
        if (proposedBy.isEmpty()) {
            errors.add("vorgeschlagenVon", "Bitte geben Sie an, wer den Punkt vorschlägt.");
        }
        if (!errors.any()) {
            try {
                AgendaItem item = agenda.proposeItem(ref, title, proposedBy).getAgenda().getLast();
                Flash.confirm(request, "TOP " + item.number() + " „" + item.title() + "“ ist vorgeschlagen. Nehmen "
                        + "Sie ihn in die Tagesordnung auf oder vertagen Sie ihn.");
                return Html.redirect(WebPaths.meeting(networkId, meetingId));
            } catch (InvalidValueException e) {
                errors.refused(e, PROPOSAL_FIELDS);
            } catch (RuleViolationException | VersionConflictException e) {
                errors.add(FormErrors.FORM, refusal(e));
            }
        }
        return meetingPage(request, HttpStatus.UNPROCESSABLE_ENTITY, ref.networkId(), ref.meetingId(), title,
                proposedBy, errors);
    }

    @Post(uri = "/{meetingId}/tagesordnung/{number}/aufnehmen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> accept(HttpRequest<?> request, @PathVariable String networkId,
                                              @PathVariable String meetingId, @PathVariable String number) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        int item = itemNumber(number);
        return step(request, ref, () -> agenda.acceptItem(ref, item),
                m -> "TOP " + item + " „" + m.getAgenda().get(item - 1).title() + "“ ist in die Tagesordnung aufgenommen.");
    }

    @Post(uri = "/{meetingId}/tagesordnung/{number}/vertagen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> defer(HttpRequest<?> request, @PathVariable String networkId,
                                             @PathVariable String meetingId, @PathVariable String number) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        int item = itemNumber(number);
        return step(request, ref, () -> agenda.deferItem(ref, item),
                m -> "TOP " + item + " „" + m.getAgenda().get(item - 1).title() + "“ ist vertagt. koop schlägt ihn "
                        + "für die nächste Sitzung des Gremiums wieder vor.");
    }

    @Post(uri = "/{meetingId}/einladung", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> invite(HttpRequest<?> request, @PathVariable String networkId,
                                              @PathVariable String meetingId) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        return step(request, ref, () -> running.invite(ref), m -> {
            List<Invitee> invitees = m.getInvitees();
            return "Die Einladung zur " + m.getNumber() + ". Sitzung ist verschickt: koop hat sie für "
                    + (invitees.size() == 1 ? "eine eingeladene Person" : invitees.size() + " Eingeladene") + " ("
                    + BodySentences.list(invitees.stream().map(Invitee::name).toList()) + ") in den Postausgang "
                    + "gestellt und sendet sie mit der Tagesordnung und einem Kalendereintrag an die E-Mail-Adressen "
                    + "ihrer Partner.";
        });
    }

    /** One step on the meeting: done, the page again with the confirmation; refused, the page with the reason. */
    private MutableHttpResponse<String> step(HttpRequest<?> request, MeetingUseCase.Ref ref, Supplier<Meeting> step,
                                             Function<Meeting, String> confirmation) {
        FormErrors errors = new FormErrors();
        try {
            Meeting changed = step.get();
            Flash.confirm(request, confirmation.apply(changed));
            return Html.redirect(WebPaths.meeting(ref.networkId().toString(), ref.meetingId().toString()));
        } catch (RuleViolationException | VersionConflictException e) {
            errors.add(FormErrors.FORM, refusal(e));
        } catch (InvalidValueException e) {
            errors.add(FormErrors.FORM, "Das ging nicht: Der Tagesordnungspunkt " + e.reason() + ".");
        }
        return meetingPage(request, HttpStatus.UNPROCESSABLE_ENTITY, ref.networkId(), ref.meetingId(), "", "", errors);
    }

    private MutableHttpResponse<String> meetingPage(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                                    MeetingId meetingId, String title, String proposedBy,
                                                    FormErrors errors) {
        Meeting meeting = meetings.find(id, meetingId);
        LocalDate today = LocalDate.now(clock);
        Body body = bodies.find(id, meeting.getBodyId(), today).body();
        String networkName = networks.find(id).getName();
        String network = id.toString();
        String base = WebPaths.meeting(network, meetingId.toString());
        Map<PartnerId, String> partnerNames = PartnerNames.of(partners, id);
        Function<PartnerId, String> partnerName = p -> partnerNames.getOrDefault(p, PartnerNames.UNKNOWN);
        boolean agendaOpen = meeting.getState() == MeetingState.PLANNED || meeting.getState() == MeetingState.INVITED;
        GovernanceViews.MeetingFacts facts = new GovernanceViews.MeetingFacts(
                meeting.getNumber() + ". Sitzung – " + body.getName(), body.getName(),
                WebPaths.body(network, body.getId().toString()),
                GermanFormats.weekdayDate(meeting.getStartsAt().toLocalDate()), time(meeting),
                BodySentences.format(meeting.getFormat()), meeting.getPlace().orElse(""),
                meeting.getConvener().map(c -> partnerName.apply(c.partnerId())).orElse(""),
                meeting.getConvener().map(c -> c.reason()).orElse(""), BodySentences.state(meeting.getState()),
                WebPaths.meetingRecord(network, meetingId.toString()), recordLabel(meeting, today));
        List<GovernanceViews.AgendaRow> items = meeting.getAgenda().stream()
                .map(item -> new GovernanceViews.AgendaRow(item.number(), item.title(), item.proposedBy(),
                        BodySentences.itemStatus(item), agendaOpen && item.status() == AgendaItem.Status.PROPOSED,
                        base + "/tagesordnung/" + item.number() + "/aufnehmen",
                        base + "/tagesordnung/" + item.number() + "/vertagen"))
                .toList();
        GovernanceViews.Invitation invitation = new GovernanceViews.Invitation(
                meeting.getState() == MeetingState.PLANNED, base + "/einladung",
                meeting.getInvitees().stream().map(i -> i.name()
                        + i.onBehalfOf().map(p -> " (" + partnerName.apply(p) + ")").orElse("")
                        + (i.voting() ? "" : ", Gast ohne Stimme")).toList());
        return Html.page(status, Pages.TEMPLATES.meeting(chrome(request), networkName, network, Flash.take(request),
                facts, items, agendaOpen, new GovernanceViews.ProposalForm(base + "/tagesordnung", title, proposedBy),
                invitation, errors));
    }

    /**
     * The way to the record page, once there is something to record: the meeting was invited to or its day has
     * come; a closed meeting's record is there to read.
     */
    private static String recordLabel(Meeting meeting, LocalDate today) {
        if (meeting.getState() == MeetingState.CLOSED) {
            return "Protokoll und Beschlüsse ansehen";
        }
        boolean due = meeting.getState() != MeetingState.PLANNED || !meeting.getStartsAt().toLocalDate().isAfter(today);
        return due ? "Sitzung durchführen und protokollieren" : "";
    }

    /** A meeting in a list. */
    static GovernanceViews.MeetingRow row(Meeting meeting, Body body, String network) {
        String bodyName = body == null ? "" : body.getName();
        return new GovernanceViews.MeetingRow(GermanFormats.date(meeting.getStartsAt().toLocalDate()), time(meeting),
                bodyName, body == null ? "" : WebPaths.body(network, body.getId().toString()),
                meeting.getNumber() + ". Sitzung", WebPaths.meeting(network, meeting.getId().toString()),
                meeting.getPlace().orElse(""), BodySentences.state(meeting.getState()));
    }

    /** "14:30 bis 16:00 Uhr", or "14:30 Uhr" without an end. */
    static String time(Meeting meeting) {
        return GermanFormats.time(meeting.getStartsAt().toLocalTime())
                + meeting.getEndsAt().map(end -> " bis " + GermanFormats.time(end.toLocalTime())).orElse("") + " Uhr";
    }

    private static String refusal(RuntimeException e) {
        return e instanceof VersionConflictException
                ? "Die Sitzung wurde gerade an anderer Stelle geändert. Bitte prüfen Sie die Seite und versuchen Sie es "
                        + "noch einmal."
                : e.getMessage();
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    private static MeetingUseCase.Ref ref(String networkId, String meetingId) {
        return new MeetingUseCase.Ref(NetworkPages.networkId(networkId), meetingId(meetingId));
    }

    /** A malformed id names no meeting: the page does not exist. */
    private static MeetingId meetingId(String raw) {
        try {
            return MeetingId.parse(raw, "meetingId");
        } catch (DomainException e) {
            throw new NotFoundException("Sitzung", raw);
        }
    }

    /** An item number that is none names no item: the address does not exist. */
    private static int itemNumber(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Tagesordnungspunkt", raw);
        }
    }
}
