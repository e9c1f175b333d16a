package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Notification.Status;
import de.koop.domain.partner.Partner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sending the outbox: each message's outcome is recorded once, a failed one is tried again after its
 * delay, and after the last attempt it waits as failed for an administrator.
 */
class OutboxDispatcherTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final OutboxDispatcher dispatcher = koop.outboxDispatcher;
    private final Network network = koop.network("Leipziger Kooperation Pflege");
    private final Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15",
            koop.partner(network, "Stadt Leipzig, Sozialamt"));

    /** Accessions of {@code count} partners, each confirmed in one message to the form's contact. */
    private List<Notification> confirmations(int count) {
        for (int i = 1; i <= count; i++) {
            Partner partner = koop.partner(network, "Pflegedienst " + i, "Leitung " + i,
                    "kontakt@pflegedienst-" + i + ".example");
            koop.accede(network, agreement, partner, "2021-04-12");
        }
        return koop.messages();
    }

    private Notification now(Notification message) {
        return koop.outbox.findById(message.id()).orElseThrow();
    }

    private int dispatch() {
        return dispatcher.dispatchDue(() -> true);
    }

    @Test
    void eachDueMessageIsSentOnceAndRecordedAsSent() {
        List<Notification> messages = confirmations(3);

        int first = dispatch();
        int second = dispatch();

        assertThat(first).isEqualTo(3);
        assertThat(second).isZero();
        assertThat(koop.mailServer.received).extracting(Notification::id)
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(Notification::id).toList());
        assertThat(messages).map(this::now).allSatisfy(sent -> {
            assertThat(sent.status()).isEqualTo(Status.SENT);
            assertThat(sent.attempts()).isEqualTo(1);
            assertThat(sent.sentAt()).contains(koop.clock.instant());
        });
    }

    @Test
    void aFailedMessageIsTriedAgainAfterItsDelayAndTheOthersAreNotHeldUp() {
        List<Notification> messages = confirmations(2);
        Notification refused = messages.getFirst();
        Notification accepted = messages.getLast();
        koop.mailServer.refused.add(refused.recipient());

        dispatch();
        Notification failedOnce = now(refused);
        koop.clock.advance(Duration.ofSeconds(29));
        int beforeTheDelay = dispatch();
        koop.mailServer.refused.clear();
        koop.clock.advance(Duration.ofSeconds(1));
        int afterTheDelay = dispatch();

        assertThat(now(accepted).status()).as("sent in the first round").isEqualTo(Status.SENT);
        assertThat(failedOnce.status()).isEqualTo(Status.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).contains("550 Postfach nicht erreichbar");
        assertThat(beforeTheDelay).isZero();
        assertThat(afterTheDelay).isEqualTo(1);
        assertThat(now(refused).status()).isEqualTo(Status.SENT);
        assertThat(now(refused).attempts()).isEqualTo(2);
        assertThat(koop.mailServer.received).extracting(Notification::id)
                .containsExactlyInAnyOrder(accepted.id(), refused.id());
    }

    @Test
    void afterTheLastAttemptAMessageWaitsAsFailedUntilAnAdministratorRetriesIt() {
        Notification message = confirmations(1).getFirst();
        koop.mailServer.refused.add(message.recipient());

        dispatch();
        koop.clock.advance(Duration.ofSeconds(30));
        dispatch();
        koop.clock.advance(Duration.ofSeconds(60));
        dispatch();
        Notification parked = now(message);
        koop.clock.advance(Duration.ofDays(1));
        int parkedStaysParked = dispatch();
        koop.mailServer.refused.clear();
        koop.notificationService.retry(message.id());
        int retried = dispatch();

        assertThat(parked.status()).isEqualTo(Status.FAILED);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parkedStaysParked).isZero();
        assertThat(retried).isEqualTo(1);
        assertThat(now(message).status()).isEqualTo(Status.SENT);
        assertThat(koop.mailServer.received).hasSize(1);
    }

    @Test
    void messagesNotStartedWhenTheDispatcherStopsAreDueAgainAtOnce() {
        confirmations(3);
        AtomicInteger asked = new AtomicInteger();

        int claimed = dispatcher.dispatchDue(() -> asked.incrementAndGet() <= 1);
        int rest = dispatch();

        assertThat(claimed).isEqualTo(3);
        assertThat(rest).as("given back, not held under the lease").isEqualTo(2);
        assertThat(koop.mailServer.received).hasSize(3);
        assertThat(koop.messages()).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.SENT));
    }

    @Test
    void whatADispatcherThatDiedHadClaimedGoesOutOnceItsLeaseEnded() {
        confirmations(2);
        koop.outbox.claimDue(koop.clock.instant(), 500, koop.clock.instant().plus(Duration.ofMinutes(2)));

        int whileLeased = dispatch();
        koop.clock.advance(Duration.ofMinutes(2));
        int afterTheLease = dispatch();

        assertThat(whileLeased).isZero();
        assertThat(afterTheLease).isEqualTo(2);
        assertThat(koop.mailServer.received).hasSize(2);
    }
}
