package de.koop.domain.notification;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A German e-mail that koop must send (Benachrichtigung), written into the outbox in the same
 * transaction as the change that causes it, and sent from there.
 */
public record Notification(NotificationId id, NetworkId networkId, MessageKind kind, List<EmailAddress> recipients,
                           String subject, String text, String html, List<Attachment> attachments,
                           Status status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Optional<String> lastError,
                           Optional<Instant> sentAt, Optional<Occasion> occasion) {

    /** Pending until sent; failed after the last attempt. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(kind, "kind");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new InvalidValueException("recipients", "mindestens eine Empfängeradresse");
        }
        subject = Text.required(subject, "subject", 300);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lastError = lastError.map(error -> error.length() > 1000 ? error.substring(0, 1000) : error);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(occasion, "occasion");
        if (attempts < 0) {
            throw new InvalidValueException("attempts", "darf nicht negativ sein");
        }
        if ((status == Status.SENT) != sentAt.isPresent()) {
            throw new InvalidValueException("sentAt", "genau dann gesetzt, wenn gesendet");
        }
    }

    /** A message still to be sent. */
    public static Notification pending(NetworkId networkId, MessageKind kind, List<EmailAddress> recipients,
                                       RenderedMessage message, Instant createdAt) {
        return pending(networkId, kind, recipients, message, List.of(), createdAt);
    }

    /** A message still to be sent, with files attached. */
    public static Notification pending(NetworkId networkId, MessageKind kind, List<EmailAddress> recipients,
                                       RenderedMessage message, List<Attachment> attachments, Instant createdAt) {
        return new Notification(NotificationId.newId(), networkId, kind, recipients, message.subject(), message.text(),
                message.html(), attachments, Status.PENDING, 0, createdAt, createdAt, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A reminder for an occasion that must produce one message only. */
    public static Notification reminder(NetworkId networkId, Occasion occasion, List<EmailAddress> recipients,
                                        RenderedMessage message, Instant createdAt) {
        return new Notification(NotificationId.newId(), networkId, occasion.kind(), recipients, message.subject(),
                message.text(), message.html(), List.of(), Status.PENDING, 0, createdAt, createdAt, Optional.empty(),
                Optional.empty(), Optional.of(occasion));
    }

    /** Due for sending at the given instant. */
    public boolean isDue(Instant at) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(at);
    }

    /** Delivered to the mail server. */
    public Notification sent(Instant at) {
        requirePending();
        return new Notification(id, networkId, kind, recipients, subject, text, html, attachments, Status.SENT,
                attempts + 1, createdAt, nextAttemptAt, Optional.empty(), Optional.of(at), occasion);
    }

    /** The mail server refused or could not be reached: try again later, or park it as failed. */
    public Notification failedAttempt(String error, Instant at, RetryPolicy policy) {
        requirePending();
        int failed = attempts + 1;
        boolean giveUp = failed >= policy.maxAttempts();
        return new Notification(id, networkId, kind, recipients, subject, text, html, attachments,
                giveUp ? Status.FAILED : Status.PENDING, failed, createdAt,
                giveUp ? at : at.plus(policy.delayAfter(failed)), Optional.of(error), Optional.empty(), occasion);
    }

    /** An administrator sends a failed message again, with a fresh count of attempts. */
    public Notification retried(Instant at) {
        if (status != Status.FAILED) {
            throw new RuleViolationException(RuleCode.NOTIFICATION_NOT_FAILED, "Nur fehlgeschlagene Benachrichtigungen "
                    + "können erneut gesendet werden; diese ist " + germanStatus() + ".");
        }
        return new Notification(id, networkId, kind, recipients, subject, text, html, attachments, Status.PENDING,
                0, createdAt, at, lastError, Optional.empty(), occasion);
    }

    /** The message with an erased person's address and values replaced; its delivery state stays. */
    public Notification redacted(Redaction redaction) {
        List<EmailAddress> to = recipients.stream()
                .map(r -> redaction.isPersonal(r.value()) ? Redaction.ERASED_EMAIL : r).distinct().toList();
        return new Notification(id, networkId, kind, to, redaction.apply(subject, 300), redaction.apply(text),
                redaction.applyHtml(html), attachments.stream().map(a -> new Attachment(a.fileName(), a.contentType(),
                        redaction.apply(a.content()))).toList(), status, attempts, createdAt, nextAttemptAt,
                lastError.map(redaction::apply), sentAt, occasion);
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new RuleViolationException(RuleCode.NOTIFICATION_NOT_PENDING,
                    "Die Benachrichtigung ist " + germanStatus() + ".");
        }
    }

    private String germanStatus() {
        return switch (status) {
            case PENDING -> "noch nicht gesendet";
            case SENT -> "bereits gesendet";
            case FAILED -> "als fehlgeschlagen abgelegt";
        };
    }
}
