package de.koop.adapter.web;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.RetryNotificationUseCase;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;

/**
 * The messages of a network that koop could not deliver, and one message with what became of it, where a
 * coordinator sends it again once the reason is dealt with (the mail server is back, the address corrected).
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/nachrichten")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessagePages {

    /** A message in the list of those not delivered. */
    public record MessageRow(String createdAt, String kind, String recipient, String subject, String href) {
    }

    /** One message as its page shows it; {@code retryable} when it may be sent again. */
    public record MessageView(String id, String kind, String recipient, String subject, String createdAt,
                              String status, String badge, int attempts, String lastError, String text,
                              boolean retryable) {
    }

    private final FindNetworksQuery networks;
    private final NotificationsQuery notifications;
    private final RetryNotificationUseCase retry;
    private final WebSessions sessions;

    public MessagePages(FindNetworksQuery networks, NotificationsQuery notifications, RetryNotificationUseCase retry,
                        WebSessions sessions) {
        this.networks = networks;
        this.notifications = notifications;
        this.retry = retry;
        this.sessions = sessions;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> failed(HttpRequest<?> request, @PathVariable String networkId,
                                              @QueryValue(defaultValue = "1") String seite) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        Page<Notification> page = notifications.ofNetwork(id, Optional.of(Notification.Status.FAILED),
                new PageRequest(NetworkPages.pageIndex(seite), PageRequest.DEFAULT_SIZE));
        List<MessageRow> rows = page.items().stream().map(n -> new MessageRow(GermanFormats.dateTime(n.createdAt()),
                kind(n.kind()), n.recipient().value(), n.subject(), WebPaths.message(id.toString(), n.id().toString())))
                .toList();
        return Html.page(Pages.TEMPLATES.messages(chrome(request), networkName, id.toString(), rows,
                NetworkPages.pager(page, n -> WebPaths.messages(id.toString()) + "?seite=" + n)));
    }

    @Get(uri = "/{notificationId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> message(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String notificationId) {
        NetworkId id = NetworkPages.networkId(networkId);
        return page(request, HttpStatus.OK, id, notificationId(notificationId), new FormErrors());
    }

    @Post(uri = "/{notificationId}/erneut-senden", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> retry(HttpRequest<?> request, @PathVariable String networkId,
                                             @PathVariable String notificationId) {
        NetworkId id = NetworkPages.networkId(networkId);
        NotificationId message = notificationId(notificationId);
        try {
            Notification retried = retry.retryInNetwork(id, message);
            Flash.confirm(request, "Die Nachricht an " + retried.recipient().value()
                    + " wird erneut gesendet. koop versucht es jetzt, bei Bedarf mehrmals.");
            return Html.redirect(WebPaths.message(id.toString(), message.toString()));
        } catch (RuleViolationException e) {
            // sent meanwhile, or sent again from another window
            FormErrors errors = new FormErrors();
            errors.add(FormErrors.FORM, e.getMessage());
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, id, message, errors);
        }
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, NetworkId id,
                                             NotificationId messageId, FormErrors errors) {
        Notification n = notifications.findInNetwork(id, messageId);
        String networkName = networks.find(id).getName();
        String state = switch (n.status()) {
            case FAILED -> "Nicht zugestellt";
            case PENDING -> n.attempts() == 0 ? "Wartet auf den Versand" : "Wird erneut versucht";
            case SENT -> "Zugestellt am " + GermanFormats.dateTime(n.sentAt().orElseThrow());
        };
        String badge = switch (n.status()) {
            case FAILED -> "kern-badge--danger";
            case PENDING -> "kern-badge--info";
            case SENT -> "kern-badge--success";
        };
        MessageView view = new MessageView(n.id().toString(), kind(n.kind()), n.recipient().value(), n.subject(),
                GermanFormats.dateTime(n.createdAt()), state, badge, n.attempts(), n.lastError().orElse(""), n.text(),
                n.status() == Notification.Status.FAILED);
        return Html.page(status, Pages.TEMPLATES.message(chrome(request), networkName, id.toString(), view,
                Flash.take(request), errors));
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    /** What a message is, in the words of the one who reads the list. */
    static String kind(MessageKind kind) {
        return switch (kind) {
            case ACCESSION_CONFIRMATION -> "Bestätigung eines Beitritts";
            case TERMINATION_CONFIRMATION -> "Bestätigung einer Kündigung";
            case MEETING_INVITATION -> "Einladung zu einer Sitzung";
            case MINUTES_DISTRIBUTION -> "Versand eines Protokolls";
            case ELECTION_RESULT -> "Ergebnis einer Wahl";
            case DEADLINE_REMINDER -> "Erinnerung an eine Frist";
            case DEADLINE_OVERDUE -> "Hinweis auf eine überschrittene Frist";
            case MEETING_DUE_REMINDER -> "Erinnerung an eine fällige Sitzung";
            case SEAT_TERM_ENDING -> "Hinweis auf eine endende Amtszeit";
            case REVIEW_DUE_REMINDER -> "Erinnerung an eine fällige Überprüfung";
        };
    }

    /** A malformed id names no message: the page does not exist. */
    private static NotificationId notificationId(String raw) {
        try {
            return NotificationId.parse(raw, "notificationId");
        } catch (DomainException e) {
            throw new NotFoundException("Benachrichtigung", raw);
        }
    }
}
