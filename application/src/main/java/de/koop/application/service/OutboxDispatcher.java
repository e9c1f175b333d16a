package de.koop.application.service;

import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Sends the outbox's due messages through the {@link MailSender}. */
public final class OutboxDispatcher implements DispatchOutboxUseCase {

    private final Outbox outbox;
    private final MailSender mail;
    private final RetryPolicy retries;
    private final int batchSize;
    private final Clock clock;

    public OutboxDispatcher(Outbox outbox, MailSender mail, RetryPolicy retries, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.outbox = Objects.requireNonNull(outbox);
        this.mail = Objects.requireNonNull(mail);
        this.retries = Objects.requireNonNull(retries);
        this.batchSize = batchSize;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int dispatchDue() {
        List<Notification> due = outbox.claimDue(Instant.now(clock), batchSize);
        if (due.isEmpty()) {
            return 0;
        }
        for (MailSender.Delivery delivery : mail.send(due)) {
            Instant at = Instant.now(clock);
            Notification notification = delivery.notification();
            outbox.update(delivery.failure().map(reason -> notification.failedAttempt(reason, at, retries))
                    .orElseGet(() -> notification.sent(at)));
        }
        return due.size();
    }
}
