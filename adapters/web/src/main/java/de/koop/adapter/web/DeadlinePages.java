package de.koop.adapter.web;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network's deadlines (due, overdue and met; by party and period, page by page) and the form that records
 * that a deadline was met.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeadlinePages {

    /** A deadline in the list. */
    public record DeadlineRow(String dueOn, String title, String href, String responsible, String recipient,
                              String status, String badge, boolean met) {
    }

    /** The filter of the list, as typed, with what is wrong with it. */
    public record Filter(List<Views.Option> parties, String from, String to, List<Views.Option> statuses,
                         FormErrors errors) {
    }

    /** The fulfilment form as typed: the chosen deadline (ISO date, the select's value), the day, the note. */
    public record FulfilmentForm(List<Views.Option> deadlines, String fulfilledOn, String note, FormErrors errors) {
    }

    /** By default, the deadlines of the last and the next twelve months, as the API lists them. */
    private static final int DEFAULT_YEARS_AROUND = 1;
    /** The deadlines the form offers: not yet met, due within this many years back or ahead. */
    private static final int OFFERED_YEARS_BACK = 2;
    private static final int MAX_NOTE = 2000;
    private static final Map<String, Deadline.Status> STATUSES = statuses();
    private static final Map<String, FormErrors.Field> FULFILMENT_FIELDS = Map.of(
            "dueOn", new FormErrors.Field("termin", "Der gewählte Termin:"),
            "fulfilledOn", new FormErrors.Field("erfuelltAm", "Der Tag der Erfüllung"),
            "note", new FormErrors.Field("vermerk", "Der Vermerk:"));

    private final FindNetworksQuery networks;
    private final FindDeadlinesQuery deadlines;
    private final ObligationUseCase obligations;
    private final FindPartnersQuery partners;
    private final WebSessions sessions;
    private final Clock clock;

    public DeadlinePages(FindNetworksQuery networks, FindDeadlinesQuery deadlines, ObligationUseCase obligations,
                         FindPartnersQuery partners, WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.deadlines = deadlines;
        this.obligations = obligations;
        this.partners = partners;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(uri = "/fristen", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> list(HttpRequest<?> request, @PathVariable String networkId,
                                            @Nullable @QueryValue String partei, @Nullable @QueryValue String von,
                                            @Nullable @QueryValue String bis, @Nullable @QueryValue String stand,
                                            @QueryValue(defaultValue = "1") String seite) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        LocalDate today = LocalDate.now(clock);
        Map<PartnerId, String> names = partnerNames(id);
        Optional<PartnerId> party = names.keySet().stream().filter(p -> p.toString().equals(partei)).findFirst();
        Optional<Deadline.Status> status = Optional.ofNullable(stand).map(STATUSES::get);
        FormErrors errors = new FormErrors();
        String fromTyped = von == null ? GermanFormats.date(today.minusYears(DEFAULT_YEARS_AROUND)) : von.strip();
        String toTyped = bis == null ? GermanFormats.date(today.plusYears(DEFAULT_YEARS_AROUND)) : bis.strip();
        LocalDate from = errors.date("von", "Fällig ab", fromTyped, "Bitte geben Sie an, ab welchem Tag Fristen gezeigt werden.")
                .orElse(null);
        LocalDate to = errors.date("bis", "Fällig bis", toTyped, "Bitte geben Sie an, bis zu welchem Tag Fristen gezeigt werden.")
                .orElse(null);
        List<Deadline> found = List.of();
        if (!errors.any()) {
            try {
                found = deadlines.deadlines(id, new FindDeadlinesQuery.Criteria(from, to, status, party), today);
            } catch (InvalidValueException e) {
                // the query's reasons name its parameters; the page names its fields
                errors.add("bis", "„Fällig bis“ darf nicht vor „Fällig ab“ liegen und höchstens 20 Jahre danach.");
            }
        }
        PageRequest wanted = new PageRequest(NetworkPages.pageIndex(seite), PageRequest.DEFAULT_SIZE);
        Page<Deadline> page = Page.of(found.stream().skip(wanted.offset()).limit(wanted.size()).toList(), wanted,
                found.size());
        String base = WebPaths.dashboard(id.toString());
        List<DeadlineRow> rows = page.items().stream().map(d -> row(d, names, base)).toList();
        List<Views.Option> parties = new ArrayList<>();
        parties.add(new Views.Option("", "Alle Partner", party.isEmpty()));
        names.forEach((p, name) -> parties.add(new Views.Option(p.toString(), name, party.equals(Optional.of(p)))));
        List<Views.Option> statuses = new ArrayList<>();
        statuses.add(new Views.Option("", "Alle", status.isEmpty()));
        STATUSES.forEach((code, s) -> statuses.add(new Views.Option(code, label(s), status.equals(Optional.of(s)))));
        String query = NetworkPages.query("partei", party.map(PartnerId::toString).orElse(""))
                + NetworkPages.query("von", fromTyped) + NetworkPages.query("bis", toTyped)
                + NetworkPages.query("stand", status.isEmpty() ? "" : stand);
        return Html.page(errors.any() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK,
                Pages.TEMPLATES.deadlines(chrome(request), networkName, id.toString(), Flash.take(request),
                        new Filter(parties, fromTyped, toTyped, statuses, errors), rows,
                        NetworkPages.pager(page, n -> base + "/fristen?" + query + "seite=" + n)));
    }

    @Get(uri = "/pflichten/{obligationId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> obligation(HttpRequest<?> request, @PathVariable String networkId,
                                                  @PathVariable String obligationId,
                                                  @Nullable @QueryValue String termin) {
        NetworkId id = NetworkPages.networkId(networkId);
        ObligationId obligation = obligationId(obligationId);
        return obligationPage(request, HttpStatus.OK, id, obligation, termin, "", "", new FormErrors());
    }

    @Post(uri = "/pflichten/{obligationId}/erfuellungen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> fulfil(HttpRequest<?> request, @PathVariable String networkId,
                                              @PathVariable String obligationId, @Body Map<String, String> form) {
        NetworkId id = NetworkPages.networkId(networkId);
        ObligationId obligation = obligationId(obligationId);
        String termin = form.getOrDefault("termin", "");
        String fulfilledTyped = form.getOrDefault("erfuelltAm", "").strip();
        String note = form.getOrDefault("vermerk", "").strip();
        FormErrors errors = new FormErrors();
        Optional<LocalDate> dueOn = isoDate(termin);
        if (dueOn.isEmpty()) {
            errors.add("termin", "Bitte wählen Sie den Termin, der erfüllt wurde.");
        }
        Optional<LocalDate> fulfilledOn = errors.date("erfuelltAm", "Erfüllt am", fulfilledTyped,
                "Bitte geben Sie an, an welchem Tag die Pflicht erfüllt wurde.");
        errors.maxLength("vermerk", note, MAX_NOTE, "Der Vermerk");
        if (!errors.any()) {
            try {
                Obligation fulfilled = obligations.fulfil(new ObligationUseCase.Fulfil(id, obligation, dueOn.get(),
                        fulfilledOn.get(), note.isEmpty() ? null : note));
                Flash.confirm(request, "Die Erfüllung ist erfasst: „" + fulfilled.getTitle() + "“, fällig am "
                        + GermanFormats.date(dueOn.get()) + ", erfüllt am " + GermanFormats.date(fulfilledOn.get()) + ".");
                return Html.redirect(WebPaths.dashboard(id.toString()) + "/fristen");
            } catch (InvalidValueException e) {
                errors.refused(e, FULFILMENT_FIELDS);
            } catch (RuleViolationException e) {
                errors.add("termin", e.getMessage());
            }
        }
        return obligationPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, obligation, termin, fulfilledTyped, note,
                errors);
    }

    private MutableHttpResponse<String> obligationPage(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                                       ObligationId obligationId, String chosen, String fulfilledOn,
                                                       String note, FormErrors errors) {
        Obligation obligation = deadlines.obligation(id, obligationId);
        String networkName = networks.find(id).getName();
        LocalDate today = LocalDate.now(clock);
        Map<PartnerId, String> names = partnerNames(id);
        List<Deadline> around = obligation.deadlines(today.minusYears(OFFERED_YEARS_BACK),
                today.plusYears(DEFAULT_YEARS_AROUND), today);
        String base = WebPaths.dashboard(id.toString());
        List<DeadlineRow> rows = around.stream().map(d -> row(d, names, base)).toList();
        List<Deadline> open = around.stream().filter(d -> d.status() != Deadline.Status.FULFILLED).toList();
        // the deadline asked for, else the earliest not met
        String selected = open.stream().map(d -> d.dueOn().toString()).filter(d -> d.equals(chosen)).findFirst()
                .orElse(open.isEmpty() ? "" : open.getFirst().dueOn().toString());
        List<Views.Option> offered = open.stream().map(d -> new Views.Option(d.dueOn().toString(),
                "fällig am " + GermanFormats.date(d.dueOn()) + (d.status() == Deadline.Status.OVERDUE ? " (überfällig)" : ""),
                d.dueOn().toString().equals(selected))).toList();
        return Html.page(status, Pages.TEMPLATES.obligation(chrome(request), networkName, id.toString(),
                obligation.getId().toString(), obligation.getTitle(),
                names.getOrDefault(obligation.getResponsible(), ""),
                obligation.getRecipient().map(p -> names.getOrDefault(p, "")).orElse(""), rows,
                new FulfilmentForm(offered, fulfilledOn, note, errors), GermanFormats.date(today)));
    }

    private static DeadlineRow row(Deadline deadline, Map<PartnerId, String> names, String base) {
        String status = switch (deadline.status()) {
            case OPEN -> "Offen";
            case OVERDUE -> "Überfällig";
            case FULFILLED -> "Erfüllt am " + GermanFormats.date(deadline.fulfilment().orElseThrow().fulfilledOn());
        };
        String badge = switch (deadline.status()) {
            case OPEN -> "kern-badge--info";
            case OVERDUE -> "kern-badge--danger";
            case FULFILLED -> "kern-badge--success";
        };
        return new DeadlineRow(GermanFormats.date(deadline.dueOn()), deadline.title(),
                base + "/pflichten/" + deadline.obligationId() + "?termin=" + deadline.dueOn(),
                names.getOrDefault(deadline.responsible(), ""),
                deadline.recipient().map(p -> names.getOrDefault(p, "")).orElse(""), status, badge,
                deadline.status() == Deadline.Status.FULFILLED);
    }

    /** The network's partners by name, for the filter and to name the parties of each deadline. */
    private Map<PartnerId, String> partnerNames(NetworkId id) {
        return PartnerNames.of(partners, id);
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    private static String label(Deadline.Status status) {
        return switch (status) {
            case OPEN -> "Offen";
            case OVERDUE -> "Überfällig";
            case FULFILLED -> "Erfüllt";
        };
    }

    private static Map<String, Deadline.Status> statuses() {
        Map<String, Deadline.Status> byCode = new LinkedHashMap<>();
        byCode.put("offen", Deadline.Status.OPEN);
        byCode.put("ueberfaellig", Deadline.Status.OVERDUE);
        byCode.put("erfuellt", Deadline.Status.FULFILLED);
        return byCode;
    }

    private static Optional<LocalDate> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A malformed id names no obligation: the page does not exist. */
    private static ObligationId obligationId(String raw) {
        try {
            return ObligationId.parse(raw, "obligationId");
        } catch (DomainException e) {
            throw new NotFoundException("Pflicht", raw);
        }
    }
}
