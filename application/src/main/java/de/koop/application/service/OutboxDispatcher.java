package de.koop.application.service;

import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Transactions;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RetryPolicy;
import de.koop.domain.shared.NotificationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Sends the outbox's due messages through the {@link MailSender}: claims a batch with a lease in a short
 * transaction, then records each message's outcome as soon as the server answered, each in one write of
 * its own, and gives back what was not started. No transaction is open while a message is being sent.
 */
public final class OutboxDispatcher implements DispatchOutboxUseCase {

    private final Outbox outbox;
    private final MailSender mail;
    private final Transactions transactions;
    private final RetryPolicy retries;
    private final int batchSize;
    private final Duration lease;
    private final Clock clock;

    /**
     * @param transactions runs each claim as a transaction of its own
     * @param lease        how long a claimed batch is held; after a crash its messages wait that long
     */
    public OutboxDispatcher(Outbox outbox, MailSender mail, Transactions transactions, RetryPolicy retries,
                            int batchSize, Duration lease, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        this.outbox = Objects.requireNonNull(outbox);
        this.mail = Objects.requireNonNull(mail);
        this.transactions = Objects.requireNonNull(transactions);
        this.retries = Objects.requireNonNull(retries);
        this.batchSize = batchSize;
        this.lease = lease;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int dispatchDue(BooleanSupplier proceed) {
        Instant now = Instant.now(clock);
        List<Notification> claimed = transactions.inTransaction(() -> outbox.claimDue(now, batchSize, now.plus(lease)));
        if (claimed.isEmpty()) {
            return 0;
        }
        // a message started while half the lease remains is done long before the lease ends, within the
        // SMTP timeouts: no other dispatcher can take it while it is in flight
        Instant lastStart = now.plus(lease.dividedBy(2));
        Set<NotificationId> reported = ConcurrentHashMap.newKeySet();
        AtomicBoolean unrecordable = new AtomicBoolean();
        RuntimeException failure = null;
        try {
            mail.send(claimed,
                    () -> !unrecordable.get() && proceed.getAsBoolean() && Instant.now(clock).isBefore(lastStart),
                    delivery -> {
                        try {
                            record(delivery);
                        } catch (RuntimeException e) {
                            // sending on without recording would send again later what was sent
                            unrecordable.set(true);
                            throw e;
                        }
                        reported.add(delivery.notification().id());
                    });
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            giveBack(claimed.stream().filter(n -> !reported.contains(n.id())).toList());
        } catch (RuntimeException e) {
            // their lease ends on its own
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return claimed.size();
    }

    /** Writes the outcome of one attempt: durable when this returns, before the next message starts. */
    private void record(MailSender.Delivery delivery) {
        Notification claimed = delivery.notification();
        Instant at = Instant.now(clock);
        outbox.record(claimed, delivery.failure().map(reason -> claimed.failedAttempt(reason, at, retries))
                .orElseGet(() -> claimed.sent(at)));
    }

    /** Messages claimed but not started: due again at once, for this or another instance. */
    private void giveBack(List<Notification> unsent) {
        Instant at = Instant.now(clock);
        unsent.forEach(n -> outbox.record(n, n.released(at)));
    }
}
