package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.NotificationsQuery;
import de.koop.application.port.in.RetryNotificationUseCase;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NotificationId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox: every German message koop has to send, as written with the change that caused it, its
 * delivery state, a retry for failed ones, and previews of the templates.
 */
@Controller("/api/v1")
@Tag(name = "notifications")
public class OutboxController {

    /** A message in the outbox, to one recipient. */
    @Serdeable
    public record NotificationResponse(String id, String networkId, String kind, String recipient,
                                       String subject, String text, String html, List<String> attachments,
                                       String status, int attempts,
                                       String createdAt, @Nullable String nextAttemptAt, @Nullable String lastError,
                                       @Nullable String sentAt, @Nullable String occasion) {
        static NotificationResponse from(Notification n) {
            return new NotificationResponse(n.id().toString(), n.networkId().toString(), n.kind().name(),
                    n.recipient().value(), n.subject(), n.text(), n.html(),
                    n.attachments().stream().map(a -> a.fileName() + " (" + a.contentType() + ")").toList(),
                    n.status().name(), n.attempts(), n.createdAt().toString(),
                    n.status() == Notification.Status.PENDING ? n.nextAttemptAt().toString() : null,
                    n.lastError().orElse(null), n.sentAt().map(Object::toString).orElse(null),
                    n.occasion().map(Occasion::key).orElse(null));
        }
    }

    /** A template rendered with example values. */
    @Serdeable
    public record PreviewResponse(String kind, String subject, String text, String html) {
    }

    private final NotificationsQuery notifications;
    private final RetryNotificationUseCase retry;

    public OutboxController(NotificationsQuery notifications, RetryNotificationUseCase retry) {
        this.notifications = notifications;
        this.retry = retry;
    }

    @Drives(port = NotificationsQuery.class, operation = "list")
    @Get("/outbox")
    @Operation(operationId = "listNotifications", summary = "Die zu sendenden und gesendeten Nachrichten, neueste zuerst; Filter status (PENDING, SENT, FAILED)")
    public PageResponse<NotificationResponse> list(@Nullable @QueryValue String status,
                                                   @QueryValue(defaultValue = "0") int page,
                                                   @QueryValue(defaultValue = "20") int size) {
        Fields fields = new Fields();
        Notification.Status wanted = status == null ? null
                : fields.value("status", () -> Codes.of(Notification.Status.class, status));
        fields.throwIfInvalid();
        return PageResponse.of(notifications.list(Optional.ofNullable(wanted), new PageRequest(page, size)),
                NotificationResponse::from);
    }

    @Drives(port = NotificationsQuery.class, operation = "find")
    @Get("/outbox/{notificationId}")
    @Operation(operationId = "getNotification", summary = "Eine Nachricht der Outbox")
    public NotificationResponse get(@PathVariable String notificationId) {
        return NotificationResponse.from(notifications.find(id(notificationId)));
    }

    @Drives(port = RetryNotificationUseCase.class, operation = "retry")
    @Post("/outbox/{notificationId}/retry")
    @Operation(operationId = "retryNotification", summary = "Eine fehlgeschlagene Nachricht erneut senden (422, wenn sie nicht fehlgeschlagen ist)")
    public NotificationResponse retry(@PathVariable String notificationId) {
        return NotificationResponse.from(retry.retry(id(notificationId)));
    }

    private static NotificationId id(String notificationId) {
        try {
            return NotificationId.parse(notificationId, "");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Benachrichtigung", notificationId);
        }
    }

    @Drives(port = NotificationsQuery.class, operation = "preview")
    @Get("/message-templates/{kind}/preview")
    @Operation(operationId = "previewMessageTemplate", summary = "Eine Vorlage mit Beispielwerten ansehen (ACCESSION_CONFIRMATION, TERMINATION_CONFIRMATION, "
            + "MEETING_INVITATION, MINUTES_DISTRIBUTION, ELECTION_RESULT, DEADLINE_REMINDER, DEADLINE_OVERDUE, "
            + "MEETING_DUE_REMINDER, SEAT_TERM_ENDING, REVIEW_DUE_REMINDER)")
    public PreviewResponse preview(@PathVariable String kind) {
        MessageKind messageKind;
        try {
            messageKind = MessageKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Vorlage", kind);
        }
        RenderedMessage rendered = notifications.preview(messageKind);
        return new PreviewResponse(messageKind.name(), rendered.subject(), rendered.text(), rendered.html());
    }
}
