package de.koop.bootstrap;

import de.koop.application.port.in.DispatchOutboxUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance polls the outbox; claims skip what another instance holds, so each message is sent
 * once however many instances run. When the application stops (SIGTERM), it takes no more work and
 * waits for the messages in flight, so that their outcomes are recorded before the database pool
 * closes and nothing is sent twice.
 */
@Singleton
@Requires(beans = DispatchOutboxUseCase.class)
class OutboxPoller implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
    // a backlog is drained batch by batch, each its own transaction, but one poll never runs forever
    private static final int MAX_BATCHES_PER_POLL = 1000;
    /** Longer than one message may take on each connection (the SMTP time-outs of application.yml). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final DispatchOutboxUseCase dispatch;
    /** Held while a poll runs. */
    private final ReentrantLock polling = new ReentrantLock();
    private volatile boolean stopping;

    OutboxPoller(DispatchOutboxUseCase dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelay = "${koop.outbox.poll-interval:1s}", initialDelay = "${koop.outbox.poll-interval:1s}")
    void poll() {
        if (stopping || !polling.tryLock()) {
            return;
        }
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_POLL && !stopping
                    && dispatch.dispatchDue(() -> !stopping) > 0; batch++) {
                // keep going while messages are due
            }
        } catch (RuntimeException e) {
            // the database may be briefly unavailable; the next poll tries again and nothing is lost
            // the type only: a message may quote data of the messages, such as addresses
            LOG.warn("Outbox poll failed: {}", e.getClass().getName());
        } finally {
            polling.unlock();
        }
    }

    /** Published before any bean is destroyed: the pool is still open while the last outcomes are recorded. */
    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stopping = true;
        try {
            if (polling.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                polling.unlock();
            } else {
                // what it holds is due again when its lease ends
                LOG.warn("Outbox still sending after {} s at stop", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
