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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} adapter must do: keep each notification exactly as written, list the
 * newest first, write each occasion's messages once (also when two transactions try at once), lease
 * claimed messages and write an outcome only while its claim holds, and take back what a failing use case
 * wrote. Extend it and return your adapter's stores.
 */
public abstract class OutboxContract {

    /** The stores this contract needs: the outbox, and the networks its messages belong to. */
    public interface Stores extends StoreSet {
        Networks networks();

        Outbox outbox();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private Network network;

    @BeforeEach
    void startWithANetwork() {
        stores().emptyAll();
        network = stores().networks().save(Fixtures.leipzig());
    }

    private Notification notification(String subject, Instant createdAt) {
        return Notification.pending(network.getId(), MessageKind.ACCESSION_CONFIRMATION,
                new EmailAddress("jana.vogel@sonnenschein.example"),
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
                MessageKind.MEETING_INVITATION, new EmailAddress("jana.vogel@sonnenschein.example"),
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
    void listsOneNetworksMessagesByStatus() {
        Network other = stores().networks().save(Fixtures.network("Kooperation Eingliederungshilfe Steinfurt"));
        Notification older = stores().outbox().append(notification("Erste", Instant.parse("2026-03-01T08:00:00Z")));
        Notification newer = stores().outbox().append(notification("Zweite", Instant.parse("2026-03-02T08:00:00Z")));
        Notification elsewhere = stores().outbox().append(Notification.pending(other.getId(),
                MessageKind.ACCESSION_CONFIRMATION, new EmailAddress("info@steinfurt.example"),
                new RenderedMessage("Andere", "Guten Tag", "<p>Guten Tag</p>"), Instant.parse("2026-03-03T08:00:00Z")));
        Instant now = Instant.parse("2026-03-04T08:00:00Z");
        Notification claimed = stores().outbox().claimDue(now, 10, now.plusSeconds(60)).stream()
                .filter(n -> n.id().equals(older.id())).findFirst().orElseThrow();
        Notification failed = claimed.failedAttempt("550 unbekannt", now, new RetryPolicy(1, Duration.ofMinutes(1)));
        assertThat(stores().outbox().record(claimed, failed)).isTrue();

        Page<Notification> all = stores().outbox().pageOfNetwork(network.getId(), Optional.empty(), new PageRequest(0, 10));
        Page<Notification> onlyFailed = stores().outbox().pageOfNetwork(network.getId(),
                Optional.of(Notification.Status.FAILED), new PageRequest(0, 10));

        assertThat(all.items()).extracting(Notification::id).containsExactly(newer.id(), older.id());
        assertThat(all.totalItems()).isEqualTo(2);
        assertThat(onlyFailed.items()).containsExactly(failed);
        assertThat(stores().outbox().pageOfNetwork(other.getId(), Optional.empty(), new PageRequest(0, 10)).items())
                .extracting(Notification::id).containsExactly(elsewhere.id());
    }

    @Test
    void neverOverwritesANotification() {
        Notification written = stores().outbox().append(notification("Erste", Instant.parse("2026-03-01T08:00:00Z")));
        Notification sameId = new Notification(written.id(), network.getId(), MessageKind.TERMINATION_CONFIRMATION,
                written.recipient(), "Andere", "", "", List.of(), Notification.Status.PENDING, 0, written.createdAt(),
                written.createdAt(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> stores().outbox().append(sameId)).isInstanceOf(IllegalStateException.class);
        assertThat(stores().outbox().findById(written.id())).contains(written);
    }

    private static final RenderedMessage REMINDER = new RenderedMessage("Erinnerung", "Guten Tag", "<p>Guten Tag</p>");
    private static final EmailAddress DISTRICT = new EmailAddress("sozialplanung@kreis.example");
    private static final EmailAddress COORDINATION = new EmailAddress("regionalplanung@lwl.example");

    private List<Notification> reminders(Occasion occasion, List<EmailAddress> to, Instant at) {
        return Notification.reminders(network.getId(), occasion, to, REMINDER, at);
    }

    private static Occasion deadline() {
        return new Occasion(MessageKind.DEADLINE_REMINDER, ObligationId.newId().toString(), LocalDate.of(2027, 4, 30));
    }

    @Test
    void appendsManyAtOnceAndNoneWhenOneConflicts() {
        List<Notification> reminders = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reminders.addAll(reminders(deadline(), List.of(DISTRICT, COORDINATION),
                    Instant.parse("2027-04-16T05:00:00Z").plusSeconds(i)));
        }
        Notification again = reminders(reminders.get(2).occasion().orElseThrow(),
                List.of(new EmailAddress("info@kreis.example")), Instant.parse("2027-04-17T05:00:00Z")).getFirst();
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
    void keepsAReminderOccasionWithOneMessageToEachRecipientAndRefusesFurtherMessagesForIt() {
        Occasion occasion = deadline();
        Occasion other = new Occasion(MessageKind.DEADLINE_OVERDUE, occasion.subject(), occasion.day());
        List<Notification> written = stores().outbox().appendAll(reminders(occasion, List.of(DISTRICT, COORDINATION),
                Instant.parse("2027-04-16T05:00:00Z")));
        List<Notification> sameRecipients = reminders(occasion, List.of(DISTRICT, COORDINATION),
                Instant.parse("2027-04-17T05:00:00Z"));
        List<Notification> anotherRecipient = reminders(occasion, List.of(new EmailAddress("info@kreis.example")),
                Instant.parse("2027-04-17T05:00:00Z"));
        List<Notification> twiceInOne = reminders(other, List.of(DISTRICT), Instant.parse("2027-04-17T05:00:00Z"));

        assertThat(written).extracting(Notification::recipient).containsExactly(DISTRICT, COORDINATION);
        assertThat(stores().outbox().findById(written.getFirst().id()).orElseThrow().occasion()).contains(occasion);
        assertThat(stores().outbox().produced(List.of(occasion, other))).containsExactly(occasion);
        assertThat(stores().outbox().produced(List.of())).isEmpty();
        assertThatThrownBy(() -> stores().outbox().appendAll(sameRecipients)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores().outbox().append(sameRecipients.getFirst()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores().outbox().append(anotherRecipient.getFirst()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores().outbox().appendAll(List.of(twiceInOne.getFirst(), new Notification(
                NotificationId.newId(), network.getId(), other.kind(), DISTRICT, "Erinnerung", "", "", List.of(),
                Notification.Status.PENDING, 0, twiceInOne.getFirst().createdAt(), twiceInOne.getFirst().createdAt(),
                Optional.empty(), Optional.empty(), Optional.of(other))))).isInstanceOf(IllegalStateException.class);
        assertThat(stores().outbox().page(Optional.empty(), new PageRequest(0, 10)).items())
                .containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void findsTheMessagesMentioningAPersonAndKeepsTheirRedactedFormWithTheirDeliveryState() {
        Notification toHer = stores().outbox().append(Notification.pending(network.getId(),
                MessageKind.MEETING_INVITATION, new EmailAddress("Erika.Mustermann@pflege.example"),
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
        assertThat(stored.recipient()).isEqualTo(de.koop.domain.privacy.Redaction.ERASED_EMAIL);
        assertThat(stored.text()).isEqualTo("Guten Tag " + erasure.pseudonym());
        assertThat(stored.status()).isEqualTo(Notification.Status.SENT);
        assertThat(stores().outbox().findById(other.id())).contains(other);
        assertThat(stores().outbox().mentioning(erasure.values())).isEmpty();
    }

    @Test
    void findsWhichOfManyOccasionsWereProduced() {
        List<Occasion> many = java.util.stream.IntStream.range(0, 1200).mapToObj(i -> new Occasion(
                MessageKind.SEAT_TERM_ENDING, "seat-" + i, LocalDate.of(2026, 12, 31))).toList();
        for (int i = 0; i < many.size(); i += 400) {
            stores().outbox().appendAll(reminders(many.get(i), List.of(DISTRICT, COORDINATION),
                    Instant.parse("2026-12-01T05:00:00Z")));
        }

        assertThat(stores().outbox().produced(many)).containsExactlyInAnyOrder(many.get(0), many.get(400), many.get(800));
    }

    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofSeconds(30));

    private static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void claimsTheDuePendingMessagesLongestWaitingFirstUpToTheLimitAndLeasesThem() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Notification first = stores().outbox().append(notification("Erste", now.minusSeconds(300)));
        Notification second = stores().outbox().append(notification("Zweite", now.minusSeconds(200)));
        Notification third = stores().outbox().append(notification("Dritte", now.minusSeconds(100)));
        Notification notYet = stores().outbox().append(notification("Später", now.plusSeconds(1)));
        stores().outbox().update(third.sent(now.minusSeconds(50)));
        Notification waiting = first.failedAttempt("421 Service not available", now.minusSeconds(10), THREE_TRIES);
        stores().outbox().update(waiting);

        List<Notification> one = stores().outbox().claimDue(now, 1, now.plus(LEASE));
        List<Notification> meanwhile = stores().outbox().claimDue(now, 10, now.plus(LEASE));
        List<Notification> later = stores().outbox().claimDue(now.plusSeconds(60), 10, now.plusSeconds(60).plus(LEASE));
        List<Notification> afterTheLease = stores().outbox().claimDue(now.plus(LEASE), 10, now.plus(LEASE).plus(LEASE));

        assertThat(one).containsExactly(second.leased(now.plus(LEASE)));
        assertThat(meanwhile).as("leased, not due again before its lease ends").isEmpty();
        assertThat(later).containsExactly(notYet.leased(now.plusSeconds(60).plus(LEASE)),
                waiting.leased(now.plusSeconds(60).plus(LEASE)));
        assertThat(afterTheLease).as("a lease that ended without an outcome")
                .containsExactly(second.leased(now.plus(LEASE).plus(LEASE)));
        assertThat(stores().outbox().findById(second.id())).contains(afterTheLease.getFirst());
    }

    @Test
    void writesAnOutcomeOnlyWhileTheClaimHolds() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Notification written = stores().outbox().append(notification("Erste", now));
        Notification lapsed = stores().outbox().claimDue(now, 10, now.plus(LEASE)).getFirst();
        Notification current = stores().outbox().claimDue(now.plus(LEASE), 10, now.plus(LEASE).plus(LEASE)).getFirst();

        boolean late = stores().outbox().record(lapsed, lapsed.failedAttempt("Read timed out", now.plus(LEASE), THREE_TRIES));
        boolean onTime = stores().outbox().record(current, current.sent(now.plus(LEASE).plusSeconds(1)));
        boolean afterSent = stores().outbox().record(current, current.released(now.plus(LEASE).plusSeconds(2)));

        assertThat(late).as("another dispatcher holds it since the lease ended").isFalse();
        assertThat(onTime).isTrue();
        assertThat(afterSent).isFalse();
        assertThat(stores().outbox().findById(written.id())).contains(current.sent(now.plus(LEASE).plusSeconds(1)));
    }

    @Test
    void aMessageGivenBackUnsentIsDueAtOnce() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        stores().outbox().append(notification("Erste", now));
        Notification claimed = stores().outbox().claimDue(now, 10, now.plus(LEASE)).getFirst();

        assertThat(stores().outbox().record(claimed, claimed.released(now.plusSeconds(1)))).isTrue();

        assertThat(stores().outbox().claimDue(now.plusSeconds(1), 10, now.plus(LEASE)))
                .extracting(Notification::id).containsExactly(claimed.id());
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

    @Test
    void listsNewestFirstAndTiesByIdWhateverTheOrderOfWriting() {
        Instant same = Instant.parse("2026-03-02T08:00:00Z");
        List<Notification> tied = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tied.add(notification("Gleichzeitig " + i, same));
        }
        Notification newest = notification("Neueste", same.plusSeconds(1));
        // written newest first and the ties against their id order, so that the store must sort
        stores().outbox().append(newest);
        tied.stream().sorted(java.util.Comparator.comparing((Notification n) -> n.id().toString()).reversed())
                .forEach(stores().outbox()::append);

        List<Notification> expected = new ArrayList<>(List.of(newest));
        tied.stream().sorted(java.util.Comparator.comparing(n -> n.id().toString())).forEach(expected::add);
        Page<Notification> first = stores().outbox().page(Optional.empty(), new PageRequest(0, 3));
        Page<Notification> second = stores().outbox().page(Optional.empty(), new PageRequest(1, 3));

        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(second.totalItems()).isEqualTo(5);
    }

    @Test
    void ofTwoTransactionsAppendingTheSameOccasionAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < ConcurrentSaves.ROUNDS; round++) {
            Occasion occasion = deadline();
            List<List<Notification>> twice = List.of(
                    reminders(occasion, List.of(DISTRICT, COORDINATION), Instant.parse("2027-04-16T05:00:00Z")),
                    reminders(occasion, List.of(DISTRICT, COORDINATION), Instant.parse("2027-04-16T05:00:01Z")));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> appends = new ArrayList<>();
                for (List<Notification> messages : twice) {
                    appends.add(pool.submit(() -> {
                        start.await();
                        try {
                            stores().transactions().inTransaction(() -> stores().outbox().appendAll(messages));
                            return true;
                        } catch (RuntimeException refused) {
                            // a database refuses the loser by its unique index, at its commit
                            return false;
                        }
                    }));
                }
                boolean first = appends.get(0).get();
                boolean second = appends.get(1).get();

                assertThat(first ^ second).as("exactly one of two appends wins (first %s, second %s)", first, second)
                        .isTrue();
                List<Notification> winner = twice.get(first ? 0 : 1);
                assertThat(stores().outbox().page(Optional.empty(), new PageRequest(0, 100)).items())
                        .filteredOn(n -> n.occasion().equals(Optional.of(occasion)))
                        .containsExactlyInAnyOrderElementsOf(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aUseCaseThatFailsAfterWritingLeavesNoMessageWrittenOrChanged() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Notification claimedBefore = stores().outbox().append(notification("Beansprucht", now.minusSeconds(30)));
        Notification kept = stores().outbox().append(notification("Bleibt", now.minusSeconds(10)));
        Notification claimed = stores().outbox().claimDue(now, 1, now.plus(LEASE)).getFirst();
        claimedBefore = stores().outbox().findById(claimedBefore.id()).orElseThrow();
        Notification added = notification("Nie gespeichert", now);
        List<Notification> addedReminders = reminders(deadline(), List.of(DISTRICT, COORDINATION), now);
        de.koop.domain.privacy.Redaction erasure = de.koop.domain.privacy.Redaction.of(
                de.koop.domain.shared.PersonId.newId(), List.of("jana.vogel@sonnenschein.example"));

        // one use case per write, so that what one undoes cannot hide what another failed to undo
        FailingUseCase.run(stores(), () -> stores().outbox().append(added));
        FailingUseCase.run(stores(), () -> stores().outbox().appendAll(addedReminders));
        FailingUseCase.run(stores(), () -> stores().outbox().update(kept.sent(now)));
        FailingUseCase.run(stores(), () -> stores().outbox().claimDue(now.plus(LEASE), 10, now.plus(LEASE).plus(LEASE)));
        FailingUseCase.run(stores(), () -> stores().outbox().record(claimed, claimed.sent(now)));
        FailingUseCase.run(stores(), () -> stores().outbox().replaceRedacted(kept.redacted(erasure)));

        assertThat(stores().outbox().findById(added.id())).isEmpty();
        assertThat(stores().outbox().produced(List.of(addedReminders.getFirst().occasion().orElseThrow()))).isEmpty();
        assertThat(stores().outbox().findById(kept.id())).contains(kept);
        assertThat(stores().outbox().findById(claimed.id())).contains(claimedBefore);
        assertThat(stores().outbox().page(Optional.empty(), new PageRequest(0, 10)).totalItems()).isEqualTo(2);
        FailingUseCase.commit(stores(), () -> stores().outbox().append(added));
        assertThat(stores().outbox().findById(added.id())).contains(added);
    }
}
