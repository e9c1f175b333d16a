package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} adapter must do: keep each notification exactly as written, list the
 * newest first. Extend it and return your adapter's stores.
 */
public abstract class OutboxContract {

    /** The adapter's stores; return the same instances on every call. */
    protected abstract StoresUnderTest stores();

    private Network network;

    @BeforeEach
    void startWithANetwork() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
    }

    private Notification notification(String subject, Instant createdAt) {
        return Notification.pending(network.getId(), MessageKind.ACCESSION_CONFIRMATION,
                List.of(new EmailAddress("jana.vogel@sonnenschein.example"), new EmailAddress("info@sonnenschein.example")),
                new RenderedMessage(subject, "Guten Tag,\n\nwir bestätigen …\n", "<p>Guten Tag, „wir“ bestätigen …</p>"),
                createdAt);
    }

    @Test
    void keepsANotificationExactlyAsWritten() {
        Notification written = stores().outbox().append(notification("Bestätigung Ihres Beitritts",
                Instant.parse("2026-03-02T09:15:30.123456Z")));

        assertThat(stores().outbox().findById(written.id())).contains(written);
        assertThat(stores().outbox().findById(NotificationId.newId())).isEmpty();
    }

    @Test
    void keepsAttachmentsByteForByte() {
        Attachment event = new Attachment("sitzung-3.ics", "text/calendar",
                "BEGIN:VCALENDAR\r\nSUMMARY:Steuerungsgruppe – 3. Sitzung\tÄnderung\r\nEND:VCALENDAR\r\n");
        Notification written = stores().outbox().append(Notification.pending(network.getId(),
                MessageKind.MEETING_INVITATION, List.of(new EmailAddress("jana.vogel@sonnenschein.example")),
                new RenderedMessage("Einladung", "Guten Tag", "<p>Guten Tag</p>"), List.of(event, event),
                Instant.parse("2026-03-02T09:15:30Z")));

        assertThat(stores().outbox().findById(written.id()).orElseThrow().attachments()).containsExactly(event, event);
    }

    @Test
    void listsTheNewestFirstAndFiltersByStatus() {
        Notification older = stores().outbox().append(notification("Erste", Instant.parse("2026-03-01T08:00:00Z")));
        Notification newer = stores().outbox().append(notification("Zweite", Instant.parse("2026-03-02T08:00:00Z")));

        Page<Notification> all = stores().outbox().page(Optional.empty(), new PageRequest(0, 10));
        Page<Notification> sent = stores().outbox().page(Optional.of(Notification.Status.SENT), new PageRequest(0, 10));

        assertThat(all.items()).containsExactly(newer, older);
        assertThat(all.totalItems()).isEqualTo(2);
        assertThat(sent.items()).isEmpty();
    }

    @Test
    void neverOverwritesANotification() {
        Notification written = stores().outbox().append(notification("Erste", Instant.parse("2026-03-01T08:00:00Z")));
        Notification sameId = new Notification(written.id(), network.getId(), MessageKind.TERMINATION_CONFIRMATION,
                written.recipients(), "Andere", "", "", List.of(), Notification.Status.PENDING, 0, written.createdAt(),
                written.createdAt(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> stores().outbox().append(sameId)).isInstanceOf(IllegalStateException.class);
        assertThat(stores().outbox().findById(written.id())).contains(written);
    }

    @Test
    void appendsManyAtOnceAndNoneWhenOneConflicts() {
        RenderedMessage message = new RenderedMessage("Erinnerung", "Guten Tag", "<p>Guten Tag</p>");
        List<Notification> reminders = java.util.stream.IntStream.range(0, 3).mapToObj(i -> Notification.reminder(
                network.getId(), new Occasion(MessageKind.DEADLINE_REMINDER, ObligationId.newId().toString(),
                        LocalDate.of(2027, 4, 30)), List.of(new EmailAddress("sozialplanung@kreis.example")), message,
                Instant.parse("2027-04-16T05:00:00Z").plusSeconds(i))).toList();
        Notification again = Notification.reminder(network.getId(), reminders.get(1).occasion().orElseThrow(),
                List.of(new EmailAddress("info@kreis.example")), message, Instant.parse("2027-04-17T05:00:00Z"));
        Notification fresh = notification("Neu", Instant.parse("2027-04-17T06:00:00Z"));

        assertThat(stores().outbox().appendAll(reminders)).containsExactlyElementsOf(reminders);
        assertThat(stores().outbox().appendAll(List.of())).isEmpty();
        assertThatThrownBy(() -> stores().outbox().appendAll(List.of(fresh, again)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores().outbox().appendAll(List.of(fresh, fresh)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stores().outbox().page(Optional.empty(), new PageRequest(0, 10)).items())
                .containsExactlyInAnyOrderElementsOf(reminders);
        reminders.forEach(r -> assertThat(stores().outbox().findById(r.id())).contains(r));
    }

    @Test
    void keepsAReminderOccasionAndRefusesASecondMessageForIt() {
        Occasion occasion = new Occasion(MessageKind.DEADLINE_REMINDER, ObligationId.newId().toString(),
                LocalDate.of(2027, 4, 30));
        Occasion other = new Occasion(MessageKind.DEADLINE_OVERDUE, occasion.subject(), occasion.day());
        RenderedMessage message = new RenderedMessage("Erinnerung", "Guten Tag", "<p>Guten Tag</p>");
        Notification reminder = stores().outbox().append(Notification.reminder(network.getId(), occasion,
                List.of(new EmailAddress("sozialplanung@kreis.example")), message, Instant.parse("2027-04-16T05:00:00Z")));

        assertThat(stores().outbox().findById(reminder.id()).orElseThrow().occasion()).contains(occasion);
        assertThat(stores().outbox().produced(List.of(occasion, other))).containsExactly(occasion);
        assertThat(stores().outbox().produced(List.of())).isEmpty();
        assertThatThrownBy(() -> stores().outbox().append(Notification.reminder(network.getId(), occasion,
                List.of(new EmailAddress("info@kreis.example")), message, Instant.parse("2027-04-17T05:00:00Z"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(stores().outbox().page(Optional.empty(), new PageRequest(0, 10)).items()).containsExactly(reminder);
    }

    @Test
    void findsTheMessagesMentioningAPersonAndKeepsTheirRedactedFormWithTheirDeliveryState() {
        Notification toHer = stores().outbox().append(Notification.pending(network.getId(),
                MessageKind.MEETING_INVITATION, List.of(new EmailAddress("Erika.Mustermann@pflege.example")),
                new RenderedMessage("Einladung", "Guten Tag Erika Mustermann", "<p>Guten Tag</p>"),
                Instant.parse("2026-03-02T09:00:00Z")));
        Notification other = stores().outbox().append(notification("Andere", Instant.parse("2026-03-02T09:01:00Z")));
        stores().outbox().update(toHer.sent(Instant.parse("2026-03-02T09:02:00Z")));
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(
                de.koop.domain.shared.PersonId.newId(), List.of("Erika Mustermann", "erika.mustermann@pflege.example"));

        List<Notification> found = stores().outbox().mentioning(erasure.values());
        stores().outbox().replaceRedacted(found.getFirst().redacted(erasure));

        assertThat(found).extracting(Notification::id).containsExactly(toHer.id());
        Notification stored = stores().outbox().findById(toHer.id()).orElseThrow();
        assertThat(stored.recipients()).containsExactly(de.koop.domain.privacy.Redaction.ERASED_EMAIL);
        assertThat(stored.text()).isEqualTo("Guten Tag " + erasure.pseudonym());
        assertThat(stored.status()).isEqualTo(Notification.Status.SENT);
        assertThat(stores().outbox().findById(other.id())).contains(other);
        assertThat(stores().outbox().mentioning(erasure.values())).isEmpty();
    }

    @Test
    void findsWhichOfManyOccasionsWereProduced() {
        List<Occasion> many = java.util.stream.IntStream.range(0, 1200).mapToObj(i -> new Occasion(
                MessageKind.SEAT_TERM_ENDING, "seat-" + i, LocalDate.of(2026, 12, 31))).toList();
        RenderedMessage message = new RenderedMessage("Erinnerung", "Guten Tag", "<p>Guten Tag</p>");
        for (int i = 0; i < many.size(); i += 400) {
            stores().outbox().append(Notification.reminder(network.getId(), many.get(i),
                    List.of(new EmailAddress("info@kreis.example")), message, Instant.parse("2026-12-01T05:00:00Z")));
        }

        assertThat(stores().outbox().produced(many)).containsExactlyInAnyOrder(many.get(0), many.get(400), many.get(800));
    }

    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofSeconds(30));

    @Test
    void claimsTheDuePendingMessagesLongestWaitingFirstUpToTheLimit() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Notification first = stores().outbox().append(notification("Erste", now.minusSeconds(300)));
        Notification second = stores().outbox().append(notification("Zweite", now.minusSeconds(200)));
        Notification third = stores().outbox().append(notification("Dritte", now.minusSeconds(100)));
        Notification notYet = stores().outbox().append(notification("Später", now.plusSeconds(1)));
        stores().outbox().update(third.sent(now.minusSeconds(50)));
        Notification waiting = first.failedAttempt("421 Service not available", now.minusSeconds(10), THREE_TRIES);
        stores().outbox().update(waiting);

        List<Notification> claimed = stores().outbox().claimDue(now, 10);
        List<Notification> one = stores().outbox().claimDue(now, 1);
        List<Notification> later = stores().outbox().claimDue(now.plusSeconds(60), 10);

        assertThat(claimed).containsExactly(second);
        assertThat(one).containsExactly(second);
        assertThat(later).containsExactly(second, notYet, waiting);
    }

    @Test
    void keepsTheDeliveryStateOfEachAttempt() {
        Instant now = Instant.parse("2026-03-02T10:00:00.654321Z");
        Notification written = stores().outbox().append(notification("Erste", now));

        Notification failedOnce = written.failedAttempt("Connection refused", now, THREE_TRIES);
        stores().outbox().update(failedOnce);
        Optional<Notification> afterFailure = stores().outbox().findById(written.id());
        Notification sent = failedOnce.sent(now.plusSeconds(31));
        stores().outbox().update(sent);

        assertThat(afterFailure).contains(failedOnce);
        assertThat(afterFailure.orElseThrow().lastError()).contains("Connection refused");
        assertThat(stores().outbox().findById(written.id())).contains(sent);
        assertThat(stores().outbox().page(Optional.of(Notification.Status.SENT), new PageRequest(0, 10)).items())
                .containsExactly(sent);
        assertThatThrownBy(() -> stores().outbox().update(notification("Fremd", now)))
                .isInstanceOf(IllegalStateException.class);
    }
}
