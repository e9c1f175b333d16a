package de.koop.bootstrap;

import de.koop.application.port.in.DispatchOutboxUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance polls the outbox; claims skip what another instance holds, so each message is sent
 * once however many instances run.
 */
@Singleton
@Requires(beans = DispatchOutboxUseCase.class)
class OutboxPoller {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
    // a backlog is drained batch by batch, each its own transaction, but one poll never runs forever
    private static final int MAX_BATCHES_PER_POLL = 1000;

    private final DispatchOutboxUseCase dispatch;

    OutboxPoller(DispatchOutboxUseCase dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelay = "${koop.outbox.poll-interval:1s}", initialDelay = "${koop.outbox.poll-interval:1s}")
    void poll() {
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_POLL && dispatch.dispatchDue() > 0; batch++) {
                // keep going while messages are due
            }
        } catch (RuntimeException e) {
            // the database may be briefly unavailable; the next poll tries again and nothing is lost
            // the type only: a message may quote data of the messages, such as addresses
            LOG.warn("Outbox poll failed: {}", e.getClass().getName());
        }
    }
}
