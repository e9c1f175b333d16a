package de.koop.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-02T09:00:00Z");
    private static final RetryPolicy FOUR_TRIES = new RetryPolicy(4, Duration.ofSeconds(30));

    private final Notification pending = Notification.pending(NetworkId.newId(), MessageKind.ACCESSION_CONFIRMATION,
            List.of(new EmailAddress("jana.vogel@sonnenschein.example")),
            new RenderedMessage("Bestätigung", "Guten Tag", "<p>Guten Tag</p>"), WRITTEN);

    @Test
    void aNewMessageIsDueAtOnce() {
        assertThat(pending.isDue(WRITTEN)).isTrue();
        assertThat(pending.isDue(WRITTEN.minusMillis(1))).isFalse();
    }

    @Test
    void eachFailureDoublesTheWaitAndTheLastParksTheMessageAsFailed() {
        Notification first = pending.failedAttempt("Connection refused", WRITTEN, FOUR_TRIES);
        Notification second = first.failedAttempt("Connection refused", first.nextAttemptAt(), FOUR_TRIES);
        Notification third = second.failedAttempt("Connection refused", second.nextAttemptAt(), FOUR_TRIES);
        Notification fourth = third.failedAttempt("550 mailbox unavailable", third.nextAttemptAt(), FOUR_TRIES);

        assertThat(first.nextAttemptAt()).isEqualTo(WRITTEN.plusSeconds(30));
        assertThat(second.nextAttemptAt()).isEqualTo(first.nextAttemptAt().plusSeconds(60));
        assertThat(third.nextAttemptAt()).isEqualTo(second.nextAttemptAt().plusSeconds(120));
        assertThat(List.of(first, second, third)).allSatisfy(n -> assertThat(n.status()).isEqualTo(Notification.Status.PENDING));
        assertThat(fourth.status()).isEqualTo(Notification.Status.FAILED);
        assertThat(fourth.attempts()).isEqualTo(4);
        assertThat(fourth.lastError()).contains("550 mailbox unavailable");
        assertThat(fourth.isDue(fourth.nextAttemptAt().plusSeconds(3600))).isFalse();
    }

    @Test
    void anAdministratorRetriesAFailedMessageWithAFreshCount() {
        Notification failed = pending.failedAttempt("down", WRITTEN, new RetryPolicy(1, Duration.ofSeconds(1)));
        Instant later = WRITTEN.plusSeconds(7200);

        Notification retried = failed.retried(later);

        assertThat(retried.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.isDue(later)).isTrue();
        assertThatThrownBy(() -> pending.retried(later)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Nur fehlgeschlagene Benachrichtigungen können erneut gesendet werden; "
                        + "diese ist noch nicht gesendet.");
    }

    @Test
    void aSentMessageIsNeitherSentNorRetriedAgain() {
        Notification sent = pending.sent(WRITTEN.plusSeconds(1));

        assertThat(sent.sentAt()).contains(WRITTEN.plusSeconds(1));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.isDue(WRITTEN.plusSeconds(10))).isFalse();
        assertThatThrownBy(() -> sent.sent(WRITTEN.plusSeconds(2))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("bereits gesendet");
        assertThatThrownBy(() -> sent.retried(WRITTEN.plusSeconds(2))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRetryPolicyNeedsAtLeastOneAttemptAndAPositiveDelay() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThat(new RetryPolicy(30, Duration.ofSeconds(1)).delayAfter(30)).isEqualTo(Duration.ofSeconds(1L << 20));
    }
}
