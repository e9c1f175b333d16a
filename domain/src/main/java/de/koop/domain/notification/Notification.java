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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A German e-mail that koop must send (Benachrichtigung), written into the outbox in the same
 * transaction as the change that causes it, and sent from there. Each message has one recipient: a
 * message to several people is written once for each of them, so that nobody sees the others'
 * addresses, and each copy has its own delivery state.
 */
public record Notification(NotificationId id, NetworkId networkId, MessageKind kind, EmailAddress recipient,
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
        Objects.requireNonNull(recipient, "recipient");
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
    public static Notification pending(NetworkId networkId, MessageKind kind, EmailAddress recipient,
                                       RenderedMessage message, Instant createdAt) {
        return pending(networkId, kind, recipient, message, List.of(), createdAt);
    }

    /** A message still to be sent, with files attached. */
    public static Notification pending(NetworkId networkId, MessageKind kind, EmailAddress recipient,
                                       RenderedMessage message, List<Attachment> attachments, Instant createdAt) {
        return new Notification(NotificationId.newId(), networkId, kind, recipient, message.subject(), message.text(),
                message.html(), attachments, Status.PENDING, 0, createdAt, createdAt, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The same message to each of the recipients, one message each. */
    public static List<Notification> pendingToEach(NetworkId networkId, MessageKind kind,
                                                   Collection<EmailAddress> recipients, RenderedMessage message,
                                                   Instant createdAt) {
        return distinct(recipients).stream().map(to -> pending(networkId, kind, to, message, createdAt)).toList();
    }

    /**
     * A reminder of an occasion, one message to each of the recipients: the occasion and a recipient
     * together produce one message only.
     */
    public static List<Notification> reminders(NetworkId networkId, Occasion occasion,
                                               Collection<EmailAddress> recipients, RenderedMessage message,
                                               Instant createdAt) {
        return distinct(recipients).stream().map(to -> new Notification(NotificationId.newId(), networkId,
                occasion.kind(), to, message.subject(), message.text(), message.html(), List.of(), Status.PENDING, 0,
                createdAt, createdAt, Optional.empty(), Optional.empty(), Optional.of(occasion))).toList();
    }

    private static List<EmailAddress> distinct(Collection<EmailAddress> recipients) {
        return List.copyOf(new LinkedHashSet<>(recipients));
    }

    /** Due for sending at the given instant. */
    public boolean isDue(Instant at) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(at);
    }

    /**
     * Taken by one dispatcher to send: not due again before {@code until}, so that no other dispatcher
     * takes it meanwhile, and due again then if that dispatcher never said what became of it.
     */
    public Notification leased(Instant until) {
        requirePending();
        return new Notification(id, networkId, kind, recipient, subject, text, html, attachments, status, attempts,
                createdAt, until, lastError, sentAt, occasion);
    }

    /** Given back unsent by the dispatcher that leased it: due again at once. */
    public Notification released(Instant at) {
        requirePending();
        return new Notification(id, networkId, kind, recipient, subject, text, html, attachments, status, attempts,
                createdAt, at, lastError, sentAt, occasion);
    }

    /** Delivered to the mail server. */
    public Notification sent(Instant at) {
        requirePending();
        return new Notification(id, networkId, kind, recipient, subject, text, html, attachments, Status.SENT,
                attempts + 1, createdAt, nextAttemptAt, Optional.empty(), Optional.of(at), occasion);
    }

    /** The mail server refused or could not be reached: try again later, or park it as failed. */
    public Notification failedAttempt(String error, Instant at, RetryPolicy policy) {
        requirePending();
        int failed = attempts + 1;
        boolean giveUp = failed >= policy.maxAttempts();
        return new Notification(id, networkId, kind, recipient, subject, text, html, attachments,
                giveUp ? Status.FAILED : Status.PENDING, failed, createdAt,
                giveUp ? at : at.plus(policy.delayAfter(failed)), Optional.of(error), Optional.empty(), occasion);
    }

    /** An administrator sends a failed message again, with a fresh count of attempts. */
    public Notification retried(Instant at) {
        if (status != Status.FAILED) {
            throw new RuleViolationException(RuleCode.NOTIFICATION_NOT_FAILED, "Nur fehlgeschlagene Benachrichtigungen "
                    + "können erneut gesendet werden; diese ist " + germanStatus() + ".");
        }
        return new Notification(id, networkId, kind, recipient, subject, text, html, attachments, Status.PENDING,
                0, createdAt, at, lastError, Optional.empty(), occasion);
    }

    /** The message with an erased person's address and values replaced; its delivery state stays. */
    public Notification redacted(Redaction redaction) {
        EmailAddress to = redaction.isPersonal(recipient.value()) ? Redaction.ERASED_EMAIL : recipient;
        return new Notification(id, networkId, kind, to, redaction.apply(subject, 300), redaction.apply(text),
                redaction.applyHtml(html), attachments.stream().map(a -> a.redacted(redaction)).toList(), status,
                attempts, createdAt, nextAttemptAt,
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
