package de.koop.adapter.web;

import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Decision;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.Minutes;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a meeting is held and recorded ("Sitzung durchführen und protokollieren"): who attended and whether
 * that makes the body's quorum, the decisions with the outcome koop computes under the body's rule, the
 * minutes and their approval, and closing the meeting after a confirmation. Which of these the page offers
 * and every refusal come from the meeting itself.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/sitzungen/{meetingId}/protokoll")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeetingRecordPages {

    /** The meeting as the page's heading and facts show it. */
    public record Heading(String networkName, String networkId, String title, String when, String format,
                         String place, String state, String meetingHref, String recordHref) {
    }

    /** One invitee: the checkbox's field, whom it names, and whether they attended (or were ticked). */
    public record Attendee(String field, String name, String detail, boolean present) {
    }

    /**
     * The attendance: the form while it awaits recording, afterwards who came and whether the members present
     * make the quorum (as the meeting computes it under the body's rule).
     */
    public record Attendance(boolean open, boolean recorded, List<Attendee> invitees, String count, boolean quorate,
                             String quorum, String rule, FormErrors errors) {
    }

    /** A decision taken, with the outcome koop computed. */
    public record DecisionRow(int number, String agendaItem, String motion, int yes, int no, int abstain,
                              String outcome, String badge, String rule) {
    }

    /** The decision form as typed: the agenda item (its number, the select's value), the motion, the counts. */
    public record DecisionForm(boolean open, List<Views.Option> items, String motion, String yes, String no,
                               String abstain, FormErrors errors) {
    }

    /** The minutes: the form while they can change, else the text and the day they were approved. */
    public record MinutesForm(boolean open, String text, String approvedOn, String standing, FormErrors errors) {
    }

    /** The question before closing: what has been recorded, and what the meeting refused. */
    public record Closing(String decisions, String minutes, FormErrors errors) {
    }

    /** The page's forms, to say which one was sent and refused. */
    private enum Form { NONE, ATTENDANCE, DECISION, MINUTES }

    private static final String NO_ITEM = "";
    private static final Map<String, FormErrors.Field> ATTENDANCE_FIELDS = Map.of(
            "present", new FormErrors.Field("anwesenheit", "Bitte wählen Sie"));
    private static final Map<String, FormErrors.Field> DECISION_FIELDS = Map.of(
            "agendaItem", new FormErrors.Field("top", "Der Tagesordnungspunkt:"),
            "motion", new FormErrors.Field("antrag", "Der Antrag"),
            "votes", new FormErrors.Field("stimmen", "Die Stimmen:"));
    private static final Map<String, FormErrors.Field> MINUTES_FIELDS = Map.of(
            "text", new FormErrors.Field("protokoll", "Das Protokoll"),
            "approvedOn", new FormErrors.Field("genehmigtAm", "Der Tag der Genehmigung"));

    private final FindNetworksQuery networks;
    private final FindMeetingsQuery meetings;
    private final FindBodiesQuery bodies;
    private final FindPartnersQuery partners;
    private final MeetingUseCase record;
    private final WebSessions sessions;
    private final Clock clock;

    public MeetingRecordPages(FindNetworksQuery networks, FindMeetingsQuery meetings, FindBodiesQuery bodies,
                              FindPartnersQuery partners, MeetingUseCase record, WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.meetings = meetings;
        this.bodies = bodies;
        this.partners = partners;
        this.record = record;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> page(HttpRequest<?> request, @PathVariable String networkId,
                                            @PathVariable String meetingId) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        return recordPage(request, HttpStatus.OK, ref, Map.of(), Form.NONE, new FormErrors());
    }

    @Post(uri = "/anwesenheit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> attendance(HttpRequest<?> request, @PathVariable String networkId,
                                                  @PathVariable String meetingId,
                                                  @io.micronaut.http.annotation.Body Map<String, String> form) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        List<Invitee> invitees = meetings.find(ref.networkId(), ref.meetingId()).getInvitees();
        // in the invitees' order, so that the meeting tells namesakes apart as the page listed them
        List<String> present = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            if (form.containsKey(attendeeField(i))) {
                present.add(invitees.get(i).name());
            }
        }
        FormErrors errors = new FormErrors();
        try {
            Meeting held = record.recordHeld(ref, present);
            Body body = body(held);
            Flash.confirm(request, "Die Anwesenheit ist erfasst: " + count(held) + ". Die Sitzung ist "
                    + (held.quorate(body.getDecisionRule()) ? "beschlussfähig." : "nicht beschlussfähig."));
            return Html.redirect(WebPaths.meetingRecord(networkId, meetingId));
        } catch (InvalidValueException e) {
            errors.refused(e, ATTENDANCE_FIELDS);
        } catch (RuleViolationException e) {
            // beside the checkboxes while they are there (a meeting still ahead); else the meeting moved on
            boolean stillOpen = meetings.find(ref.networkId(), ref.meetingId()).awaitsAttendance();
            errors.add(stillOpen ? "anwesenheit" : FormErrors.FORM, e.getMessage());
        }
        return recordPage(request, HttpStatus.UNPROCESSABLE_ENTITY, ref, form, Form.ATTENDANCE, errors);
    }

    @Post(uri = "/beschluesse", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> decision(HttpRequest<?> request, @PathVariable String networkId,
                                                @PathVariable String meetingId,
                                                @io.micronaut.http.annotation.Body Map<String, String> form) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        FormErrors errors = new FormErrors();
        Optional<Integer> item = Optional.empty();
        String chosen = form.getOrDefault("top", NO_ITEM);
        if (!chosen.equals(NO_ITEM)) {
            item = whole(chosen);
            if (item.isEmpty()) {
                errors.add("top", "Bitte wählen Sie einen Tagesordnungspunkt aus der Liste.");
            }
        }
        String motion = form.getOrDefault("antrag", "").strip();
        if (motion.isEmpty()) {
            errors.add("antrag", "Bitte geben Sie den Antrag ein, über den abgestimmt wurde.");
        }
        Optional<Integer> yes = countOf(errors, form, "ja", "Ja-Stimmen");
        Optional<Integer> no = countOf(errors, form, "nein", "Nein-Stimmen");
        Optional<Integer> abstain = countOf(errors, form, "enthaltung", "Enthaltungen");
        if (!errors.any()) {
            try {
                Meeting decided = record.recordDecision(ref, item, motion, yes.get(), no.get(), abstain.get());
                Decision decision = decided.getDecisions().getLast();
                Flash.confirm(request, "Der Beschluss ist erfasst: „" + decision.motion() + "“ – Ergebnis: "
                        + outcome(decision.outcome()) + " (" + votes(decision) + ").");
                return Html.redirect(WebPaths.meetingRecord(networkId, meetingId));
            } catch (InvalidValueException e) {
                errors.refused(e, DECISION_FIELDS);
            } catch (RuleViolationException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return recordPage(request, HttpStatus.UNPROCESSABLE_ENTITY, ref, form, Form.DECISION, errors);
    }

    @Post(uri = "/text", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> minutes(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String meetingId,
                                               @io.micronaut.http.annotation.Body Map<String, String> form) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        FormErrors errors = new FormErrors();
        // browsers send a text area's line breaks as CR LF
        String text = form.getOrDefault("protokoll", "").replace("\r\n", "\n");
        String approvedTyped = form.getOrDefault("genehmigtAm", "").strip();
        Optional<LocalDate> approvedOn = approvedTyped.isEmpty() ? Optional.empty()
                : errors.date("genehmigtAm", "Genehmigt am", approvedTyped, "");
        if (text.isBlank()) {
            errors.add("protokoll", "Bitte schreiben Sie das Protokoll der Sitzung.");
        }
        if (!errors.any()) {
            try {
                record.recordMinutes(ref, new Minutes(text, approvedOn));
                Flash.confirm(request, approvedOn.map(day -> "Das Protokoll ist genehmigt (am "
                        + GermanFormats.date(day) + "). Beschlüsse und Protokoll können nun nicht mehr geändert werden.")
                        .orElse("Das Protokoll ist gespeichert. Es ist noch nicht genehmigt."));
                return Html.redirect(WebPaths.meetingRecord(networkId, meetingId));
            } catch (InvalidValueException e) {
                errors.refused(e, MINUTES_FIELDS);
            } catch (RuleViolationException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return recordPage(request, HttpStatus.UNPROCESSABLE_ENTITY, ref, form, Form.MINUTES, errors);
    }

    /** Asks before closing: afterwards nothing of the meeting can change. */
    @Get(uri = "/abschluss", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> confirmClosing(HttpRequest<?> request, @PathVariable String networkId,
                                                      @PathVariable String meetingId) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        Meeting meeting = meetings.find(ref.networkId(), ref.meetingId());
        if (!meeting.closable()) {
            return Html.redirect(WebPaths.meetingRecord(networkId, meetingId));
        }
        return closingPage(request, HttpStatus.OK, meeting, new FormErrors());
    }

    @Post(uri = "/abschluss", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> close(HttpRequest<?> request, @PathVariable String networkId,
                                             @PathVariable String meetingId) {
        MeetingUseCase.Ref ref = ref(networkId, meetingId);
        FormErrors errors = new FormErrors();
        try {
            record.close(ref);
            Flash.confirm(request, "Die Sitzung ist abgeschlossen.");
            return Html.redirect(WebPaths.meetingRecord(networkId, meetingId));
        } catch (RuleViolationException e) {
            errors.add(FormErrors.FORM, e.getMessage());
        }
        return closingPage(request, HttpStatus.UNPROCESSABLE_ENTITY, meetings.find(ref.networkId(), ref.meetingId()),
                errors);
    }

    /**
     * The page, with what was typed into the form that was refused ({@code failed}) and what is wrong with it;
     * the other forms show what is recorded.
     */
    private MutableHttpResponse<String> recordPage(HttpRequest<?> request, HttpStatus status, MeetingUseCase.Ref ref,
                                                   Map<String, String> typed, Form failed, FormErrors errors) {
        FormErrors attendanceErrors = failed == Form.ATTENDANCE ? errors : new FormErrors();
        FormErrors decisionErrors = failed == Form.DECISION ? errors : new FormErrors();
        FormErrors minutesErrors = failed == Form.MINUTES ? errors : new FormErrors();
        Meeting meeting = meetings.find(ref.networkId(), ref.meetingId());
        Body body = body(meeting);
        DecisionRule rule = body.getDecisionRule();
        boolean attendanceTyped = failed == Form.ATTENDANCE;
        List<Invitee> invitees = meeting.getInvitees();
        Map<PartnerId, String> partnerNames = new HashMap<>();
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            String partner = invitee.onBehalfOf().map(p -> partnerNames.computeIfAbsent(p,
                    id -> partners.find(ref.networkId(), id).getName())).orElse("");
            String detail = (partner.isEmpty() ? "" : partner + ", ") + (invitee.voting() ? "stimmberechtigt"
                    : "Gast, ohne Stimmrecht");
            attendees.add(new Attendee(attendeeField(i), invitee.name(), detail,
                    attendanceTyped ? typed.containsKey(attendeeField(i)) : invitee.present()));
        }
        int needed = rule.quorumOf(meeting.votingMembers());
        // the members are known once they are invited
        String quorum = invitees.isEmpty() ? "" : rule.quorumPercent().map(percent -> "Beschlussfähig ist das "
                + "Gremium, wenn mindestens " + needed + " der " + meeting.votingMembers() + " stimmberechtigten "
                + "Mitglieder anwesend sind (" + percent + " %).")
                .orElse("Das Gremium ist bei jeder Anwesenheit beschlussfähig.");
        Attendance attendance = new Attendance(meeting.awaitsAttendance(), meeting.getState().isHeld(), attendees,
                count(meeting), meeting.quorate(rule), quorum, rule.german(), attendanceErrors);

        List<DecisionRow> decisions = meeting.getDecisions().stream().map(d -> new DecisionRow(d.number(),
                d.agendaItem().map(n -> "TOP " + n).orElse("–"), d.motion(), d.votes().yes(), d.votes().no(),
                d.votes().abstain(), outcome(d.outcome()), badge(d.outcome()), d.rule().german())).toList();
        boolean decisionTyped = failed == Form.DECISION;
        String chosen = decisionTyped ? typed.getOrDefault("top", NO_ITEM) : NO_ITEM;
        List<Views.Option> items = new ArrayList<>();
        items.add(new Views.Option(NO_ITEM, "ohne Tagesordnungspunkt", chosen.equals(NO_ITEM)));
        meeting.getAgenda().stream().filter(item -> item.status() == AgendaItem.Status.ACCEPTED)
                .forEach(item -> items.add(new Views.Option(String.valueOf(item.number()),
                        "TOP " + item.number() + ": " + item.title(), chosen.equals(String.valueOf(item.number())))));
        DecisionForm decisionForm = new DecisionForm(meeting.openForRecord(), items,
                decisionTyped ? typed.getOrDefault("antrag", "") : "",
                decisionTyped ? typed.getOrDefault("ja", "") : "",
                decisionTyped ? typed.getOrDefault("nein", "") : "",
                decisionTyped ? typed.getOrDefault("enthaltung", "") : "", decisionErrors);

        Optional<Minutes> minutes = meeting.getMinutes();
        boolean minutesTyped = failed == Form.MINUTES;
        MinutesForm minutesForm = new MinutesForm(meeting.openForRecord(),
                minutesTyped ? typed.getOrDefault("protokoll", "") : minutes.map(Minutes::text).orElse(""),
                minutesTyped ? typed.getOrDefault("genehmigtAm", "") : "", minutesStanding(meeting, body),
                minutesErrors);

        return Html.page(status, Pages.TEMPLATES.meetingRecord(chrome(request), heading(ref, meeting, body),
                errors.any(), Flash.take(request), attendance, decisions, decisionForm, minutesForm, meeting.closable(),
                meeting.getState() == MeetingState.CLOSED, GermanFormats.date(LocalDate.now(clock))));
    }

    private MutableHttpResponse<String> closingPage(HttpRequest<?> request, HttpStatus status, Meeting meeting,
                                                    FormErrors errors) {
        Body body = body(meeting);
        int decided = meeting.getDecisions().size();
        String decisions = switch (decided) {
            case 0 -> "Es ist kein Beschluss erfasst.";
            case 1 -> "Ein Beschluss ist erfasst.";
            default -> decided + " Beschlüsse sind erfasst.";
        };
        Closing closing = new Closing(decisions, minutesStanding(meeting, body), errors);
        MeetingUseCase.Ref ref = new MeetingUseCase.Ref(meeting.getNetworkId(), meeting.getId());
        return Html.page(status, Pages.TEMPLATES.meetingClosing(chrome(request), heading(ref, meeting, body), closing));
    }

    private Heading heading(MeetingUseCase.Ref ref, Meeting meeting, Body body) {
        String network = ref.networkId().toString();
        String meetingId = ref.meetingId().toString();
        String when = GermanFormats.dateTime(meeting.getStartsAt()) + meeting.getEndsAt()
                .map(end -> end.toLocalDate().equals(meeting.getStartsAt().toLocalDate())
                        ? " bis " + end.toLocalTime() + " Uhr" : " bis " + GermanFormats.dateTime(end)).orElse("");
        return new Heading(networks.find(ref.networkId()).getName(), network,
                body.getName() + ": " + meeting.getNumber() + ". Sitzung am "
                        + GermanFormats.date(meeting.getStartsAt().toLocalDate()),
                when, format(meeting), meeting.getPlace().orElse(""), meeting.getState().german(),
                WebPaths.meeting(network, meetingId), WebPaths.meetingRecord(network, meetingId));
    }

    /** How the minutes stand, in a sentence. */
    private static String minutesStanding(Meeting meeting, Body body) {
        return meeting.getMinutes().map(m -> m.approvedOn()
                        .map(day -> "Das Protokoll ist am " + GermanFormats.date(day) + " genehmigt worden.")
                        .orElse("Das Protokoll ist geschrieben, aber noch nicht genehmigt."))
                .orElse(body.isMinutesRequired()
                        ? "Es gibt noch kein Protokoll; für dieses Gremium ist zu jeder Sitzung eines vorgeschrieben."
                        : "Es gibt noch kein Protokoll.");
    }

    /** The body as it stood on the meeting day: its name and its rules for decisions and minutes. */
    private Body body(Meeting meeting) {
        return bodies.find(meeting.getNetworkId(), meeting.getBodyId(), meeting.getStartsAt().toLocalDate()).body();
    }

    private static String count(Meeting meeting) {
        return meeting.votingMembersPresent() + " von " + meeting.votingMembers()
                + " stimmberechtigten Mitgliedern waren anwesend";
    }

    private static String votes(Decision decision) {
        return decision.votes().yes() + " Ja, " + decision.votes().no() + " Nein, " + decision.votes().abstain()
                + (decision.votes().abstain() == 1 ? " Enthaltung" : " Enthaltungen");
    }

    private static String outcome(DecisionRule.Outcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "Angenommen";
            case REJECTED -> "Abgelehnt";
            case NO_QUORUM -> "Kein Beschluss, nicht beschlussfähig";
        };
    }

    private static String badge(DecisionRule.Outcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "kern-badge--success";
            case REJECTED -> "kern-badge--danger";
            case NO_QUORUM -> "kern-badge--warning";
        };
    }

    private static String format(Meeting meeting) {
        return switch (meeting.getFormat()) {
            case IN_PERSON -> "in Präsenz";
            case VIRTUAL -> "virtuell";
            case HYBRID -> "hybrid";
        };
    }

    private static String attendeeField(int index) {
        return "anwesend-" + index;
    }

    /** A count of votes as typed: a whole number; whether it may be negative or too large, the meeting says. */
    private static Optional<Integer> countOf(FormErrors errors, Map<String, String> form, String field, String label) {
        String typed = form.getOrDefault(field, "").strip();
        if (typed.isEmpty()) {
            errors.add(field, "Bitte geben Sie die Zahl der " + label + " an (0, wenn es keine gab).");
            return Optional.empty();
        }
        Optional<Integer> count = whole(typed);
        if (count.isEmpty()) {
            errors.add(field, label + ": Bitte geben Sie eine ganze Zahl ein, zum Beispiel 3.");
        }
        return count;
    }

    private static Optional<Integer> whole(String typed) {
        try {
            return Optional.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    /** A malformed id names no meeting: the page does not exist. */
    private static MeetingUseCase.Ref ref(String networkId, String meetingId) {
        NetworkId network = NetworkPages.networkId(networkId);
        try {
            return new MeetingUseCase.Ref(network, MeetingId.parse(meetingId, "meetingId"));
        } catch (DomainException e) {
            throw new NotFoundException("Sitzung", meetingId);
        }
    }
}
