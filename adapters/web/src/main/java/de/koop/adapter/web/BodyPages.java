package de.koop.adapter.web;

import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.BodyView;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.FindMeetingsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.MeetingUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ScheduleMeetingUseCase;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.Member;
import de.koop.domain.governance.Seat;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A network's bodies: the list with where each stands today, and a body's page with its rules in sentences,
 * its seats, its meetings and the form that plans its next meeting, showing first who convenes it by the
 * body's rule.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/gremien")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BodyPages {

    /** The use case's names for the planning form's fields, and how a sentence about each begins. */
    private static final Map<String, FormErrors.Field> PLAN_FIELDS = Map.of(
            "startsAt", new FormErrors.Field("beginn", "Der Beginn"),
            "endsAt", new FormErrors.Field("ende", "Das Ende"),
            "format", new FormErrors.Field("form", "Die Form der Sitzung"),
            "place", new FormErrors.Field("ort", "Der Ort"));
    /** The years a meeting's day may lie in, as the API accepts them. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private final FindNetworksQuery networks;
    private final FindBodiesQuery bodies;
    private final FindMeetingsQuery meetings;
    private final ScheduleMeetingUseCase scheduling;
    private final FindPartnersQuery partners;
    private final WebSessions sessions;
    private final Clock clock;

    public BodyPages(FindNetworksQuery networks, FindBodiesQuery bodies, FindMeetingsQuery meetings,
                     ScheduleMeetingUseCase scheduling, FindPartnersQuery partners, WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.bodies = bodies;
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.partners = partners;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> list(HttpRequest<?> request, @PathVariable String networkId) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        LocalDate today = LocalDate.now(clock);
        List<BodyView> views = bodies.list(id, today);
        Map<BodyId, String> names = views.stream().collect(Collectors.toMap(v -> v.body().getId(), v -> v.body().getName()));
        Map<BodyId, Meeting> nextPlanned = nextPlanned(meetings.list(id));
        List<GovernanceViews.BodyRow> rows = treeOrder(views).stream().map(view -> {
            Body body = view.body();
            Optional<Meeting> planned = Optional.ofNullable(nextPlanned.get(body.getId()));
            return new GovernanceViews.BodyRow(body.getName(), WebPaths.body(id.toString(), body.getId().toString()),
                    body.getKind().label(), body.getParentId().map(names::get).orElse(""), view.members().size(),
                    due(view), view.overdue(),
                    planned.map(m -> GermanFormats.dateTime(m.getStartsAt())).orElse(""),
                    planned.map(m -> WebPaths.meeting(id.toString(), m.getId().toString())).orElse(""),
                    view.compositionGaps());
        }).toList();
        return Html.page(Pages.TEMPLATES.bodies(chrome(request), networkName, id.toString(), GermanFormats.date(today),
                rows));
    }

    @Get(uri = "/{bodyId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> body(HttpRequest<?> request, @PathVariable String networkId,
                                            @PathVariable String bodyId) {
        NetworkId id = NetworkPages.networkId(networkId);
        BodyId body = bodyId(bodyId);
        return bodyPage(request, HttpStatus.OK, id, body, new Typed("", "", "", "", ""), new FormErrors());
    }

    @Post(uri = "/{bodyId}/sitzungen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> plan(HttpRequest<?> request, @PathVariable String networkId,
                                            @PathVariable String bodyId,
                                            @io.micronaut.http.annotation.Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        BodyId body = bodyId(bodyId);
        Typed typed = new Typed(field(form, "datum"), field(form, "beginn"), field(form, "ende"), field(form, "form"),
                field(form, "ort"));
        FormErrors errors = new FormErrors();
        Optional<LocalDate> day = errors.date("datum", "Tag", typed.date(), "Bitte geben Sie den Tag der Sitzung an.");
        day.filter(d -> d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR).ifPresent(d -> errors.add("datum",
                "Tag: Bitte geben Sie einen Tag zwischen " + FIRST_YEAR + " und " + LAST_YEAR + " an."));
        Optional<LocalTime> start = errors.time("beginn", "Beginn", typed.start(),
                "Bitte geben Sie an, um wie viel Uhr die Sitzung beginnt.");
        Optional<LocalTime> end = errors.time("ende", "Ende", typed.end(), null);
        Optional<MeetingFormat> format = Arrays.stream(MeetingFormat.values())
                .filter(f -> f.name().equals(typed.format())).findFirst();
        if (format.isEmpty()) {
            errors.add("form", "Bitte wählen Sie, in welcher Form die Sitzung stattfindet.");
        }
        Optional<LocalDateTime> startsAt = day.flatMap(d -> start.map(d::atTime));
        Optional<LocalDateTime> endsAt = day.flatMap(d -> end.map(d::atTime));
        startsAt.filter(t -> !GermanFormats.existsInBerlin(t)).ifPresent(t -> errors.add("beginn", skipped(t)));
        endsAt.filter(t -> !GermanFormats.existsInBerlin(t)).ifPresent(t -> errors.add("ende", skipped(t)));
        if (!errors.any()) {
            try {
                Meeting planned = scheduling.schedule(new MeetingUseCase.Schedule(id, body, startsAt.get(),
                        endsAt.orElse(null), format.get(), typed.place().isEmpty() ? null : typed.place()));
                Flash.confirm(request, "Die " + planned.getNumber() + ". Sitzung ist geplant: "
                        + GermanFormats.weekdayDate(planned.getStartsAt().toLocalDate()) + ", "
                        + MeetingPages.time(planned) + "." + planned.getConvener()
                        .map(c -> " Es lädt ein: " + PartnerNames.of(partners, id).getOrDefault(c.partnerId(),
                                PartnerNames.UNKNOWN) + ".").orElse(""));
                return Html.redirect(WebPaths.meeting(id.toString(), planned.getId().toString()));
            } catch (InvalidValueException e) {
                errors.refused(e, PLAN_FIELDS);
            } catch (RuleViolationException e) {
                // out of order, or the body does not exist on that day: both are about the day
                errors.add("datum", e.getMessage());
            } catch (VersionConflictException e) {
                errors.add(FormErrors.FORM, "Zur selben Zeit wurde eine andere Sitzung dieses Gremiums geplant. Bitte "
                        + "prüfen Sie die Sitzungen unten und senden Sie das Formular dann noch einmal.");
            }
        }
        return bodyPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, body, typed, errors);
    }

    /** The planning form's fields as typed. */
    private record Typed(String date, String start, String end, String format, String place) {
    }

    private MutableHttpResponse<String> bodyPage(HttpRequest<?> request, HttpStatus status, NetworkId id, BodyId bodyId,
                                                 Typed typed, FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        BodyView view = bodies.find(id, bodyId, today);
        Body body = view.body();
        String networkName = networks.find(id).getName();
        String network = id.toString();
        Map<PartnerId, String> partnerNames = PartnerNames.of(partners, id);
        Function<PartnerId, String> partnerName = p -> partnerNames.getOrDefault(p, PartnerNames.UNKNOWN);
        List<BodyView> all = bodies.list(id, today);
        Map<BodyId, String> bodyNames = all.stream().collect(Collectors.toMap(v -> v.body().getId(),
                v -> v.body().getName()));
        GovernanceViews.Charter charter = new GovernanceViews.Charter(body.getKind().label(),
                body.getParentId().map(bodyNames::get).orElse(""),
                body.getParentId().map(p -> WebPaths.body(network, p.toString())).orElse(""),
                BodySentences.lifetime(body.getEstablishedOn(), body.getTemporaryUntil()),
                body.getResponsibilities().orElse(""), BodySentences.cadence(body.getCadence()),
                BodySentences.dueOn(view),
                BodySentences.list(body.getFormats().stream().sorted().map(BodySentences::format).toList()),
                BodySentences.convening(body.getConvening(), partnerName),
                BodySentences.decisions(body.getDecisionRule()), BodySentences.minutes(body.isMinutesRequired()),
                body.getRequiredTopics(), BodySentences.composition(body.getComposition(), partnerName),
                BodySentences.election(body.getElectionRules(), b -> bodyNames.getOrDefault(b, "einem anderen Gremium")),
                all.stream().map(BodyView::body).filter(b -> b.getParentId().equals(Optional.of(body.getId())))
                        .sorted(Comparator.comparing(Body::getName, String.CASE_INSENSITIVE_ORDER))
                        .map(b -> new GovernanceViews.Link(b.getName(), WebPaths.body(network, b.getId().toString())))
                        .toList());
        List<GovernanceViews.SeatRow> members = view.members().stream()
                .map(m -> member(m, partnerName, bodyNames)).toList();
        List<GovernanceViews.SeatRow> otherSeats = body.getSeats().stream().filter(s -> !s.isHeldOn(today))
                .sorted(Comparator.comparing(Seat::from).reversed())
                .map(s -> new GovernanceViews.SeatRow(s.holderName(), s.onBehalfOf().map(partnerName).orElse(""),
                        BodySentences.role(s.role()), BodySentences.basis(s.basis()), GermanFormats.date(s.from()),
                        s.until().map(GermanFormats::date).orElse("auf Weiteres"))).toList();
        List<GovernanceViews.MeetingRow> meetingRows = meetings.list(id).stream()
                .filter(m -> m.getBodyId().equals(body.getId()))
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .map(m -> MeetingPages.row(m, body, network)).toList();
        return Html.page(status, Pages.TEMPLATES.body(chrome(request), networkName, network, Flash.take(request),
                body.getName(), GermanFormats.date(today), charter, view.compositionGaps(), members, otherSeats,
                meetingRows, planForm(id, view, typed, errors, partnerName)));
    }

    /**
     * The planning form with what planning would give the meeting: its number and its convener by the body's
     * rule, on the day typed, else the day it is due (if that is still ahead), else today.
     */
    private GovernanceViews.PlanForm planForm(NetworkId id, BodyView view, Typed typed, FormErrors errors,
                                              Function<PartnerId, String> partnerName) {
        Body body = view.body();
        LocalDate today = view.date();
        LocalDate day = GermanFormats.parseDate(typed.date())
                .or(() -> view.nextMeetingDue().filter(d -> d.isAfter(today))).orElse(today);
        FindMeetingsQuery.NextMeeting next = meetings.nextMeeting(id, body.getId(), day);
        List<MeetingFormat> allowed = body.getFormats().stream().sorted().toList();
        String chosen = typed.format().isEmpty() ? allowed.getFirst().name() : typed.format();
        List<Views.Option> formats = allowed.stream()
                .map(f -> new Views.Option(f.name(), BodySentences.format(f), f.name().equals(chosen))).toList();
        return new GovernanceViews.PlanForm(WebPaths.body(id.toString(), body.getId().toString()) + "/sitzungen",
                typed.date(), typed.start(), typed.end(), formats, typed.place(), next.number() + ".",
                next.convener().map(c -> partnerName.apply(c.partnerId())).orElse(""),
                next.convener().map(c -> c.reason()).orElse(""), errors);
    }

    private static GovernanceViews.SeatRow member(Member member, Function<PartnerId, String> partnerName,
                                                  Map<BodyId, String> bodyNames) {
        String basis = member.exOfficioFor()
                .map(group -> "kraft Amtes (Sprecher/in von „" + bodyNames.getOrDefault(group, "") + "“)")
                .orElse(BodySentences.basis(member.basis()));
        return new GovernanceViews.SeatRow(member.name(), member.onBehalfOf().map(partnerName).orElse(""),
                BodySentences.role(member.role()), basis, GermanFormats.date(member.from()),
                member.until().map(GermanFormats::date).orElse("auf Weiteres"));
    }

    /** "bis 12.03.2027", "überfällig (fällig seit 01.05.2021)", "nach Bedarf". */
    private static String due(BodyView view) {
        return view.nextMeetingDue().map(d -> view.overdue() ? "überfällig (fällig seit " + GermanFormats.date(d) + ")"
                : "bis " + GermanFormats.date(d)).orElse("nach Bedarf");
    }

    /** Each body's earliest meeting not yet held, as the application's view of a body counts it. */
    private static Map<BodyId, Meeting> nextPlanned(List<Meeting> meetings) {
        return meetings.stream().filter(m -> !m.getState().isHeld())
                .collect(Collectors.toMap(Meeting::getBodyId, m -> m,
                        (a, b) -> a.getStartsAt().isAfter(b.getStartsAt()) ? b : a));
    }

    /** Bodies at the top first (by kind, then name), each followed by the bodies that belong to it. */
    private static List<BodyView> treeOrder(List<BodyView> views) {
        Comparator<BodyView> order = Comparator.comparing((BodyView v) -> v.body().getKind())
                .thenComparing(v -> v.body().getName(), String.CASE_INSENSITIVE_ORDER);
        List<BodyView> sorted = new ArrayList<>();
        List<BodyView> roots = views.stream().filter(v -> v.body().getParentId()
                .filter(p -> views.stream().anyMatch(o -> o.body().getId().equals(p))).isEmpty()).sorted(order).toList();
        roots.forEach(root -> addWithChildren(root, views, order, sorted));
        return sorted;
    }

    private static void addWithChildren(BodyView view, List<BodyView> all, Comparator<BodyView> order,
                                        List<BodyView> sorted) {
        if (sorted.contains(view)) {
            return;
        }
        sorted.add(view);
        all.stream().filter(v -> v.body().getParentId().equals(Optional.of(view.body().getId()))).sorted(order)
                .forEach(child -> addWithChildren(child, all, order, sorted));
    }

    private static String skipped(LocalDateTime time) {
        return "Am " + GermanFormats.date(time.toLocalDate()) + " gibt es " + GermanFormats.time(time.toLocalTime())
                + " Uhr nicht: In dieser Nacht werden die Uhren von 2 auf 3 Uhr vorgestellt.";
    }

    private static String field(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    /** A malformed id names no body: the page does not exist. */
    static BodyId bodyId(String raw) {
        try {
            return BodyId.parse(raw, "bodyId");
        } catch (DomainException e) {
            throw new NotFoundException("Gremium", raw);
        }
    }
}
