package de.koop.bootstrap;

import de.koop.application.port.out.Transactions;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.Notification;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox as a scrape finds it: messages by status ({@code koop_outbox_messages}) and how long the oldest
 * pending one has waited ({@code koop_outbox_oldest_pending_age_seconds}). Read through the outbox's own
 * port, at most once a second however many gauges a scrape reads.
 */
@Singleton
final class OutboxMetrics implements MeterBinder {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();
    private static final PageRequest ONE = new PageRequest(0, 1);

    // looked up at the first scrape: the store's pool reports to the registry these gauges are part of
    private final BeanProvider<Outbox> outbox;
    private final BeanProvider<Transactions> tx;
    private final Clock clock;
    private Snapshot last;
    private long lastRead;

    /** Counts by status and the creation time of the oldest pending message, if any. */
    private record Snapshot(Map<Notification.Status, Long> counts, Optional<Instant> oldestPending) {
    }

    OutboxMetrics(BeanProvider<Outbox> outbox, BeanProvider<Transactions> tx, Clock clock) {
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Notification.Status status : Notification.Status.values()) {
            Gauge.builder("koop.outbox.messages", this, metrics -> metrics.count(status))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Messages in the outbox by status").register(registry);
        }
        Gauge.builder("koop.outbox.oldest.pending.age", this, OutboxMetrics::oldestPendingAgeSeconds)
                .baseUnit("seconds").description("How long the oldest message still to be sent has waited; 0 when none")
                .register(registry);
    }

    private double count(Notification.Status status) {
        return snapshot().map(s -> (double) s.counts().get(status)).orElse(Double.NaN);
    }

    private double oldestPendingAgeSeconds() {
        return snapshot().map(s -> s.oldestPending()
                .map(created -> Math.max(0, Duration.between(created, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0)).orElse(Double.NaN);
    }

    private synchronized Optional<Snapshot> snapshot() {
        long now = System.nanoTime();
        if (last == null || now - lastRead > FRESH_NANOS) {
            try {
                last = tx.get().readOnly(this::read);
            } catch (RuntimeException e) {
                // the database is away: readiness says so; the gauges show no value rather than an old one
                last = null;
                return Optional.empty();
            }
            lastRead = now;
        }
        return Optional.of(last);
    }

    private Snapshot read() {
        Map<Notification.Status, Long> counts = new EnumMap<>(Notification.Status.class);
        for (Notification.Status status : Notification.Status.values()) {
            counts.put(status, outbox.get().page(Optional.of(status), ONE).totalItems());
        }
        long pending = counts.get(Notification.Status.PENDING);
        // the list is newest first: the oldest pending message is the last of its pages of one
        Optional<Instant> oldest = pending == 0 ? Optional.empty()
                : outbox.get().page(Optional.of(Notification.Status.PENDING), new PageRequest((int) (pending - 1), 1))
                .items().stream().findFirst().map(Notification::createdAt);
        return new Snapshot(counts, oldest);
    }
}
