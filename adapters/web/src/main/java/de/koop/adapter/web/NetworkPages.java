package de.koop.adapter.web;

import de.koop.application.access.ForbiddenException;
import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.Dashboard;
import de.koop.application.port.in.DashboardQuery;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.SignInUseCase;
import de.koop.domain.access.User;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The start page (the networks one works in; administrators all, searched by name), a network's dashboard and its
 * partners (by category and part of the name).
 */
@Controller(WebPaths.NETWORKS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkPages {

    /** Seats whose terms end within this many days are shown, as the API's dashboard does by default. */
    private static final int TERMS_ENDING_WITHIN_DAYS = 90;
    private static final int DEADLINES_AHEAD_DAYS = 30;
    private static final int OVERDUE_DEADLINES_BACK_YEARS = 1;
    private static final int FAILED_MESSAGES_SHOWN = 10;

    private final SignInUseCase accounts;
    private final FindNetworksQuery networks;
    private final DashboardQuery dashboards;
    private final FindDeadlinesQuery deadlines;
    private final FindPartnersQuery partners;
    private final RegisterPartnerUseCase register;
    private final NotificationsQuery notifications;
    private final WebSessions sessions;
    private final Clock clock;

    public NetworkPages(SignInUseCase accounts, FindNetworksQuery networks, DashboardQuery dashboards,
                        FindDeadlinesQuery deadlines, FindPartnersQuery partners, RegisterPartnerUseCase register,
                        NotificationsQuery notifications,
                        WebSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.networks = networks;
        this.dashboards = dashboards;
        this.deadlines = deadlines;
        this.partners = partners;
        this.register = register;
        this.notifications = notifications;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> start(HttpRequest<?> request, Authentication authentication,
                                             @Nullable @QueryValue String name,
                                             @QueryValue(defaultValue = "1") String seite) {
        User user = accounts.current(new UserId(UUID.fromString(authentication.getName())))
                .orElseThrow(() -> new NotFoundException("Benutzerkonto", authentication.getName()));
        String typed = name == null ? "" : name.strip();
        FormErrors errors = new FormErrors();
        Page<Network> shown;
        if (user.isAdministrator()) {
            Optional<NameFilter> filter = nameFilter(typed, errors);
            shown = errors.any() ? Page.of(List.of(), PageRequest.first(), 0)
                    : networks.list(filter, new PageRequest(pageIndex(seite), PageRequest.DEFAULT_SIZE));
        } else {
            // the networks the user holds a role in; few, so on one page, and nothing to search
            List<Network> own = user.getGrants().keySet().stream().map(networks::find)
                    .sorted(Comparator.comparing(Network::getName, String.CASE_INSENSITIVE_ORDER)).toList();
            shown = new Page<>(own, 0, Math.max(1, own.size()), own.size());
        }
        List<Views.NetworkRow> rows = shown.items().stream().map(n -> new Views.NetworkRow(n.getName(),
                n.getShortName().orElse(""), n.getRegion(), WebPaths.dashboard(n.getId().toString()))).toList();
        String filter = query("name", typed);
        return Html.page(errors.any() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK,
                Pages.TEMPLATES.networks(chrome(request), user.isAdministrator(), typed, errors, rows,
                        pager(shown, page -> WebPaths.NETWORKS + "?" + filter + "seite=" + page)));
    }

    @Get(uri = "/{networkId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> dashboard(HttpRequest<?> request, @PathVariable String networkId) {
        NetworkId id = networkId(networkId);
        Network network = networks.find(id);
        LocalDate today = LocalDate.now(clock);
        Dashboard dashboard = dashboards.dashboard(id, today, TERMS_ENDING_WITHIN_DAYS);
        String base = WebPaths.dashboard(id.toString());
        String networkPath = id.toString();
        List<Views.Section> sections = new ArrayList<>();
        sections.add(new Views.Section("gremien-ueberfaellig", "Gremien, die tagen müssten",
                "Alle Gremien haben fristgerecht getagt.",
                dashboard.overdueBodies().stream().map(b -> new Views.Item(b.body().getName(),
                        b.nextMeetingDue().map(d -> "Sitzung fällig seit " + GermanFormats.date(d)).orElse("Sitzung überfällig"),
                        WebPaths.body(networkPath, b.body().getId().toString()))).toList()));
        sections.add(new Views.Section("protokolle-fehlen", "Sitzungen ohne Protokoll",
                "Zu jeder Sitzung liegt das Protokoll vor.",
                dashboard.meetingsLackingMinutes().stream().map(m -> new Views.Item(
                        m.getNumber() + ". Sitzung vom " + GermanFormats.dateTime(m.getStartsAt()),
                        "Protokoll fehlt", WebPaths.meetingRecord(networkPath, m.getId().toString()))).toList()));
        sections.add(new Views.Section("amtszeiten-enden", "Amtszeiten, die bald enden",
                "In den nächsten " + TERMS_ENDING_WITHIN_DAYS + " Tagen endet keine Amtszeit.",
                dashboard.seatsEndingSoon().stream().map(s -> new Views.Item(s.seat().holderName() + " (" + s.bodyName() + ")",
                        s.seat().until().map(d -> "endet am " + GermanFormats.date(d)).orElse(""),
                        WebPaths.body(networkPath, s.bodyId().toString()))).toList()));
        sections.add(new Views.Section("zusammensetzung", "Gremien, deren Zusammensetzung nicht stimmt",
                "Alle Gremien sind wie vorgeschrieben besetzt.",
                dashboard.bodiesWithCompositionGaps().stream().map(b -> new Views.Item(b.body().getName(),
                        String.join("; ", b.compositionGaps()), WebPaths.body(networkPath, b.body().getId().toString()))).toList()));
        sections.add(new Views.Section("fristen", "Fristen",
                "Keine Frist ist überschritten, und in den nächsten " + DEADLINES_AHEAD_DAYS + " Tagen wird keine fällig.",
                deadlineItems(id, today, base)));
        failedMessages(id).ifPresent(sections::add);
        return Html.page(Pages.TEMPLATES.dashboard(chrome(request), network.getName(), id.toString(),
                GermanFormats.date(today), sections));
    }

    @Get(uri = "/{networkId}/partner", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> partners(HttpRequest<?> request, @PathVariable String networkId,
                                                @Nullable @QueryValue String bereich, @Nullable @QueryValue String name,
                                                @QueryValue(defaultValue = "1") String seite) {
        NetworkId id = networkId(networkId);
        Network network = networks.find(id);
        Optional<PartnerCategory> category = category(bereich);
        String typed = name == null ? "" : name.strip();
        FormErrors errors = new FormErrors();
        Optional<NameFilter> named = nameFilter(typed, errors);
        Page<Partner> page = errors.any() ? Page.of(List.of(), PageRequest.first(), 0)
                : partners.list(id, category, named, new PageRequest(pageIndex(seite), PageRequest.DEFAULT_SIZE));
        List<Views.PartnerRow> rows = page.items().stream().map(p -> new Views.PartnerRow(p.getName(),
                p.getCategory().label(), p.getAddress() == null ? "" : p.getAddress().city(),
                WebPaths.partners(id.toString()) + "/" + p.getId())).toList();
        List<Views.Option> categories = new ArrayList<>();
        categories.add(new Views.Option("", "Alle Bereiche", category.isEmpty()));
        Arrays.stream(PartnerCategory.values()).forEach(c ->
                categories.add(new Views.Option(c.name(), c.label(), category.equals(Optional.of(c)))));
        String filter = query("bereich", category.map(Enum::name).orElse("")) + query("name", typed);
        String empty = named.map(n -> "Kein Partner" + category.map(c -> " im Bereich „" + c.label() + "“").orElse("")
                + " hat einen Namen, der „" + n.text() + "“ enthält.")
                .orElse(category.isPresent() ? "Keine Partner in diesem Bereich." : "Das Netzwerk hat noch keine Partner.");
        return Html.page(errors.any() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK,
                Pages.TEMPLATES.partners(chrome(request), network.getName(), id.toString(), mayRegister(id),
                        categories, typed, errors, rows, empty,
                        pager(page, n -> WebPaths.partners(id.toString()) + "?" + filter + "seite=" + n)));
    }

    /** Whether the use case would let the user register a partner here, so that the page offers it. */
    private boolean mayRegister(NetworkId network) {
        try {
            register.checkRegistrable(network);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /** The filter for a search field's text; a text the filter refuses is named beside the field. */
    private static Optional<NameFilter> nameFilter(String typed, FormErrors errors) {
        try {
            return NameFilter.of(typed);
        } catch (InvalidValueException e) {
            errors.add("name", "Der Suchtext " + e.reason() + ".");
            return Optional.empty();
        }
    }

    /** A parameter of an address for the next page, with its {@code &}; nothing when it is empty. */
    static String query(String name, String value) {
        return value.isEmpty() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }

    /**
     * The messages koop could not deliver, for those who may read the network's messages (its coordinators);
     * for the others the section is left out.
     */
    private Optional<Views.Section> failedMessages(NetworkId network) {
        Page<Notification> failed;
        try {
            failed = notifications.ofNetwork(network, Optional.of(Notification.Status.FAILED),
                    new PageRequest(0, FAILED_MESSAGES_SHOWN));
        } catch (ForbiddenException e) {
            return Optional.empty();
        }
        String networkPath = network.toString();
        List<Views.Item> items = failed.items().stream().map(n -> new Views.Item(n.subject(),
                "an " + n.recipient().value() + ", erstellt am " + GermanFormats.dateTime(n.createdAt()),
                WebPaths.message(networkPath, n.id().toString()))).toList();
        boolean more = failed.totalItems() > items.size();
        return Optional.of(new Views.Section("nachrichten-fehlgeschlagen", "Nachrichten, die nicht zugestellt wurden",
                "koop konnte jede Nachricht zustellen oder versucht es noch.", items, failed.totalItems(),
                more ? WebPaths.messages(networkPath) : "",
                more ? "Alle " + failed.totalItems() + " nicht zugestellten Nachrichten" : ""));
    }

    private List<Views.Item> deadlineItems(NetworkId network, LocalDate today, String base) {
        List<Deadline> due = new ArrayList<>(deadlines.deadlines(network, new FindDeadlinesQuery.Criteria(
                today.minusYears(OVERDUE_DEADLINES_BACK_YEARS), today, Optional.of(Deadline.Status.OVERDUE),
                Optional.empty()), today));
        due.addAll(deadlines.deadlines(network, new FindDeadlinesQuery.Criteria(today,
                today.plusDays(DEADLINES_AHEAD_DAYS), Optional.of(Deadline.Status.OPEN), Optional.empty()), today));
        return due.stream().map(d -> new Views.Item(d.title(),
                (d.status() == Deadline.Status.OVERDUE ? "überfällig seit " : "fällig am ") + GermanFormats.date(d.dueOn()),
                base + "/pflichten/" + d.obligationId() + "?termin=" + d.dueOn())).toList();
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    /** A malformed id names no network: the page does not exist. */
    static NetworkId networkId(String raw) {
        try {
            return NetworkId.parse(raw, "networkId");
        } catch (DomainException e) {
            throw new NotFoundException("Netzwerk", raw);
        }
    }

    /** An unknown category, as from an edited address, shows all. */
    private static Optional<PartnerCategory> category(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(PartnerCategory.values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** Pages count from 1 in addresses; anything else shows the first. */
    static int pageIndex(String page) {
        try {
            return Math.max(0, Integer.parseInt(page) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Views.Pager pager(Page<?> page, IntFunction<String> href) {
        long total = page.totalPages();
        int shown = page.page() + 1;
        return new Views.Pager(shown, total, page.totalItems(), shown > 1 ? href.apply(shown - 1) : "",
                shown < total ? href.apply(shown + 1) : "");
    }
}
