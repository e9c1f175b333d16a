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
            new EmailAddress("jana.vogel@sonnenschein.example"),
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
    void aMessageToSeveralPeopleIsOneMessageForEachSoThatNobodySeesTheOthers() {
        EmailAddress jana = new EmailAddress("jana.vogel@sonnenschein.example");
        EmailAddress katrin = new EmailAddress("katrin.boehme@leipzig.example");
        RenderedMessage minutes = new RenderedMessage("Protokoll", "Guten Tag", "<p>Guten Tag</p>");

        List<Notification> each = Notification.pendingToEach(NetworkId.newId(), MessageKind.MINUTES_DISTRIBUTION,
                List.of(jana, katrin, jana), minutes, WRITTEN);

        assertThat(each).extracting(Notification::recipient).containsExactly(jana, katrin);
        assertThat(each).extracting(Notification::id).doesNotHaveDuplicates();
        assertThat(each).allSatisfy(n -> assertThat(n.subject()).isEqualTo("Protokoll"));
    }

    @Test
    void aReminderIsOneMessageForEachRecipientOfItsOccasion() {
        Occasion occasion = new Occasion(MessageKind.DEADLINE_REMINDER, "obligation-1", java.time.LocalDate.of(2027, 4, 30));

        List<Notification> reminders = Notification.reminders(NetworkId.newId(), occasion,
                List.of(new EmailAddress("regionalplanung@lwl.example"), new EmailAddress("sozialplanung@kreis.example")),
                new RenderedMessage("Erinnerung", "Guten Tag", "<p>Guten Tag</p>"), WRITTEN);

        assertThat(reminders).hasSize(2).allSatisfy(n -> {
            assertThat(n.occasion()).contains(occasion);
            assertThat(n.kind()).isEqualTo(MessageKind.DEADLINE_REMINDER);
        });
        assertThat(MessageKind.DEADLINE_REMINDER.isReminder()).isTrue();
        assertThat(MessageKind.MEETING_INVITATION.isReminder()).isFalse();
    }

    @Test
    void aLeasedMessageIsNotDueUntilTheLeaseEndsOrItIsReleased() {
        Instant until = WRITTEN.plusSeconds(120);

        Notification leased = pending.leased(until);

        assertThat(leased.isDue(WRITTEN.plusSeconds(119))).isFalse();
        assertThat(leased.isDue(until)).as("due again if the dispatcher never reported").isTrue();
        assertThat(leased.released(WRITTEN.plusSeconds(5)).isDue(WRITTEN.plusSeconds(5))).isTrue();
        assertThat(leased.attempts()).isZero();
        assertThatThrownBy(() -> pending.sent(WRITTEN).leased(until)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anErasureFindsTheNameAndAddressInAFoldedCalendarAttendeeAndFoldsTheFileAgain() {
        // as a calendar program may fold it: through the name and through the address
        String event = "BEGIN:VEVENT\r\nATTENDEE;CN=Jana Vo\r\n gel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                + ":mailto:jana.vog\r\n el@sonnenschein.example\r\n"
                + "LOCATION:Großer Saal der Begegnungsstätte „Am Grünen Weg“ im Bürgerhaus, bei Jana Vogel\r\n"
                + "END:VEVENT\r\n";
        Notification invitation = Notification.pending(NetworkId.newId(), MessageKind.MEETING_INVITATION,
                new EmailAddress("jana.vogel@sonnenschein.example"),
                new RenderedMessage("Einladung", "Guten Tag Jana Vogel", "<p>Guten Tag Jana Vogel</p>"),
                List.of(new Attachment("sitzung.ics", "text/calendar", event)), WRITTEN);
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(
                de.koop.domain.shared.PersonId.newId(), List.of("Jana Vogel", "jana.vogel@sonnenschein.example"));

        Notification redacted = invitation.redacted(erasure);

        String ics = redacted.attachments().getFirst().content();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).doesNotContain("Jana Vogel", "jana.vogel")
                .contains("ATTENDEE;CN=" + erasure.pseudonym() + ";ROLE=REQ-PARTICIPANT", "Bürgerhaus, bei " + erasure.pseudonym());
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).endsWith("END:VEVENT\r\n");
        assertThat(redacted.recipient()).isEqualTo(de.koop.domain.privacy.Redaction.ERASED_EMAIL);
        assertThat(redacted.text()).isEqualTo("Guten Tag " + erasure.pseudonym());
    }

    @Test
    void aRetryPolicyNeedsAtLeastOneAttemptAndAPositiveDelay() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThat(new RetryPolicy(30, Duration.ofSeconds(1)).delayAfter(30)).isEqualTo(Duration.ofSeconds(1L << 20));
    }
}
