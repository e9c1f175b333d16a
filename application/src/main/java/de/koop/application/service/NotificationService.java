package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.RetryNotificationUseCase;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Outbox;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** The outbox as coordinators and administrators read it, and template previews. */
public final class NotificationService implements NotificationsQuery, RetryNotificationUseCase {

    private static final NoticePeriod EXAMPLE_NOTICE = new NoticePeriod(3, ChronoUnit.MONTHS, PeriodEnd.QUARTER);

    /** Example values for previews, as a real occasion would fill them. */
    private static final Map<MessageKind, Map<String, Object>> EXAMPLES = Map.ofEntries(
            Map.entry(MessageKind.ACCESSION_CONFIRMATION, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "partnerName", "Ambulanter Pflegedienst Sonnenschein gGmbH", "contactName", "Jana Vogel",
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "acceptedVersion", 1,
                    "receivedOn", "12.04.2021", "publishLogo", true, "publishContacts", false)),
            Map.entry(MessageKind.TERMINATION_CONFIRMATION, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "partnerName", "Diakonie-Sozialstation Leipzig-Grünau",
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "receivedOn", "03.06.2024",
                    "effectiveOn", "30.09.2024", "noticePeriod", EXAMPLE_NOTICE.germanDuration(),
                    "periodEnd", EXAMPLE_NOTICE.end().german())),
            Map.entry(MessageKind.MEETING_INVITATION, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Steuerungsgruppe", "number", 3, "weekday", "Donnerstag", "date", "12.03.2026",
                    "time", "14:00–16:00", "format", "Präsenzsitzung", "place", "Neues Rathaus, Raum 259",
                    "hasAgenda", true, "agenda", List.of(Map.of("number", 1, "title", "Bericht der Arbeitsgruppen"),
                            Map.of("number", 2, "title", "Fortschreibung des Pflegeberichts")))),
            Map.entry(MessageKind.MINUTES_DISTRIBUTION, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Steuerungsgruppe", "number", 3, "date", "12.03.2026", "approvedOn", "26.03.2026",
                    "minutes", "TOP 1: Die Arbeitsgruppen berichten.\nTOP 2: Der Entwurf wird angenommen.")),
            Map.entry(MessageKind.ELECTION_RESULT, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Steuerungsgruppe", "electorateName", "Pflegekonferenz", "electedOn", "12.03.2026",
                    "seatsToFill", 1, "voters", 9,
                    "elected", List.of(Map.of("name", "Jana Vogel", "partnerName", "Pflegedienst Sonnenschein",
                            "votes", "6 Stimmen", "until", "11.03.2028")),
                    "candidates", List.of(Map.of("name", "Jana Vogel", "votes", "6 Stimmen", "elected", true),
                            Map.of("name", "Tom Richter", "votes", "3 Stimmen", "elected", false)))),
            Map.entry(MessageKind.DEADLINE_REMINDER, deadlineExample("in 14 Tagen")),
            Map.entry(MessageKind.DEADLINE_OVERDUE, deadlineExample("seit 3 Tagen")),
            Map.entry(MessageKind.MEETING_DUE_REMINDER, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Pflegekonferenz", "dueOn", "31.03.2027", "when", "in 30 Tagen", "past", false,
                    "lastMeeting", "02.04.2026")),
            Map.entry(MessageKind.SEAT_TERM_ENDING, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "bodyName", "Steuerungsgruppe", "holderName", "Jana Vogel",
                    "partnerName", "Pflegedienst Sonnenschein", "dueOn", "11.03.2028", "when", "in 30 Tagen")),
            Map.entry(MessageKind.REVIEW_DUE_REMINDER, Map.of("networkName", "Leipziger Kooperation Pflege",
                    "agreementTitle", "Rahmenvereinbarung Leipziger Kooperation Pflege", "dueOn", "30.06.2027",
                    "when", "in 30 Tagen", "past", false, "termEnd", "31.12.2027")));

    private static Map<String, Object> deadlineExample(String when) {
        return Map.of("networkName", "Kooperation Eingliederungshilfe", "title", "Datenlieferung nach § 4",
                "responsibleName", "Kreis Steinfurt", "recipientName", "Landschaftsverband Westfalen-Lippe",
                "referenceDate", "31.12.2026", "dueOn", "30.04.2027", "when", when);
    }

    private final Outbox outbox;
    private final Networks networks;
    private final MessageTemplates templates;

    private final Clock clock;

    private final Changes changes;

    public NotificationService(Outbox outbox, Networks networks, MessageTemplates templates, Clock clock,
                               Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.outbox = Objects.requireNonNull(outbox);
        this.networks = Objects.requireNonNull(networks);
        this.templates = Objects.requireNonNull(templates);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<Notification> list(Optional<Notification.Status> status, PageRequest request) {
        return outbox.page(status, request);
    }

    @Override
    public Notification find(NotificationId id) {
        return outbox.findById(id).orElseThrow(() -> new NotFoundException("Benachrichtigung", id));
    }

    @Override
    public Page<Notification> ofNetwork(NetworkId networkId, Optional<Notification.Status> status,
                                        PageRequest request) {
        networks.findById(networkId).orElseThrow(() -> new NotFoundException(InNetwork.NETWORK, networkId));
        return outbox.pageOfNetwork(networkId, status, request);
    }

    @Override
    public Notification findInNetwork(NetworkId networkId, NotificationId id) {
        // another network's message is not found, so that ids never reach across networks
        return outbox.findById(id).filter(n -> n.networkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException("Benachrichtigung", id));
    }

    @Override
    public RenderedMessage preview(MessageKind kind) {
        return templates.render(kind, EXAMPLES.get(kind));
    }

    @Override
    public Notification retry(NotificationId id) {
        return retried(find(id));
    }

    @Override
    public Notification retryInNetwork(NetworkId networkId, NotificationId id) {
        return retried(findInNetwork(networkId, id));
    }

    private Notification retried(Notification failed) {
        Notification retried = failed.retried(Instant.now(clock));
        changes.record(Change.of(retried));
        outbox.update(retried);
        return retried;
    }
}
