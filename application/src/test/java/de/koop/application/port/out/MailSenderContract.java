package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.out.MailSender.Delivery;
import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailSender} adapter must do: deliver each message of a batch with its subject, text,
 * HTML and attachments intact (UTF-8 throughout), report one outcome per message in the batch's order,
 * each after its message arrived, let one message that cannot be delivered fail alone, start no message
 * once told to stop, and end the sending when an outcome cannot be taken. Extend it and return your sender
 * and what arrived where it delivers to (a mail server, a directory).
 */
public abstract class MailSenderContract {

    /**
     * A message as its recipient gets it: the subject decoded, text and HTML with their line breaks as
     * {@code \n}, each attachment with its file name, its media type without parameters and its text.
     */
    public record Received(String recipient, String subject, String text, String html, List<Attachment> attachments) {
    }

    /**
     * The sender under test, sending one message at a time (one connection, one thread), so that its
     * outcomes come in the batch's order. What a sender does in parallel, its own tests show.
     */
    protected abstract MailSender sender();

    /** Every message that arrived where the sender delivers to, since the test started. */
    protected abstract List<Received> received();

    /**
     * {@code like}, changed so that the sender cannot deliver it. By default its recipient is an address
     * stored under an older rule that no mail system takes ({@code a;b@…}); override it if your sender
     * refuses something else.
     */
    protected Notification undeliverable(Notification like) {
        return new Notification(like.id(), like.networkId(), like.kind(), EmailAddress.stored("a;b@pflege.example"),
                like.subject(), like.text(), like.html(), like.attachments(), like.status(), like.attempts(),
                like.createdAt(), like.nextAttemptAt(), like.lastError(), like.sentAt(), like.occasion());
    }

    private static final NetworkId NETWORK = NetworkId.newId();

    private final List<Delivery> outcomes = new CopyOnWriteArrayList<>();

    private static Notification to(String address) {
        return Notification.pending(NETWORK, MessageKind.MINUTES_DISTRIBUTION, new EmailAddress(address),
                new RenderedMessage("Protokoll der 3. Sitzung", "Guten Tag,\n\nanbei das Protokoll.\n",
                        "<p>Guten Tag,</p><p>anbei das Protokoll.</p>"), Instant.parse("2026-03-12T16:00:00Z"));
    }

    private static List<Notification> batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> to("partner" + i + "@pflege.example")).toList();
    }

    private List<String> receivedBy() {
        return received().stream().map(Received::recipient).toList();
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }

    @Test
    void deliversEachMessageAndReportsOneOutcomeForEachInTheBatchsOrder() {
        List<Notification> batch = batch(5);

        sender().send(batch, () -> true, outcomes::add);

        assertThat(outcomes).extracting(Delivery::notification).containsExactlyElementsOf(batch);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isEmpty());
        assertThat(receivedBy()).containsExactlyInAnyOrderElementsOf(
                batch.stream().map(n -> n.recipient().value()).toList());
    }

    @Test
    void reportsEachMessageOnlyOnceItArrived() {
        List<Notification> batch = batch(4);

        sender().send(batch, () -> true, delivery -> {
            assertThat(receivedBy()).as("arrived before its outcome").contains(delivery.notification().recipient().value());
            outcomes.add(delivery);
        });

        assertThat(outcomes).hasSize(4);
    }

    @Test
    void aMessageThatCannotBeDeliveredFailsAloneWithItsReason() {
        List<Notification> good = batch(3);
        Notification bad = undeliverable(to("wer@pflege.example"));
        Notification alsoBad = undeliverable(to("wer-noch@pflege.example"));

        sender().send(List.of(bad, good.get(0), good.get(1), alsoBad, good.get(2)), () -> true, outcomes::add);

        assertThat(outcomes).extracting(Delivery::notification)
                .containsExactly(bad, good.get(0), good.get(1), alsoBad, good.get(2));
        assertThat(List.of(outcomes.get(0), outcomes.get(3))).allSatisfy(outcome ->
                assertThat(outcome.failure()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank()));
        assertThat(List.of(outcomes.get(1), outcomes.get(2), outcomes.get(4)))
                .allSatisfy(outcome -> assertThat(outcome.failure()).isEmpty());
        assertThat(receivedBy()).containsExactlyInAnyOrderElementsOf(
                good.stream().map(n -> n.recipient().value()).toList());
    }

    @Test
    void keepsUmlautsLongLinesAndAttachmentsIntact() {
        String longLine = "TOP 1: Überleitungsbogen – „Kurzzeitpflege“ ".repeat(40).strip();
        Attachment event = new Attachment("sitzung-3.ics", "text/calendar",
                "BEGIN:VCALENDAR\r\nSUMMARY:Steuerungsgruppe – 3. Sitzung\\, Änderung\r\nDESCRIPTION:Grüße\r\n"
                        + " aus Köln\r\nEND:VCALENDAR\r\n");
        Attachment minutes = new Attachment("protokoll.txt", "text/plain", "Protokoll\r\nÄ Ö Ü ä ö ü ß € „“ – …\r\n");
        Notification message = Notification.pending(NETWORK, MessageKind.MEETING_INVITATION,
                new EmailAddress("jana.vogel@sonnenschein.example"),
                new RenderedMessage("Einladung: 3. Sitzung „Überleitung“ – Größe, Grüße & 5 € 😀",
                        "Guten Tag Jörg Müller-Lüdenscheidt,\n\n" + longLine + "\n\nMit freundlichen Grüßen\n",
                        "<p>Guten Tag Jörg Müller-Lüdenscheidt,</p>\n<p>" + longLine + "</p>"),
                List.of(event, minutes), Instant.parse("2026-03-02T09:15:30Z"));

        sender().send(List.of(message), () -> true, outcomes::add);

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.failure()).isEmpty());
        assertThat(received()).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("jana.vogel@sonnenschein.example");
            assertThat(mail.subject()).isEqualTo(message.subject());
            assertThat(lf(mail.text()).strip()).isEqualTo(lf(message.text()).strip());
            assertThat(lf(mail.html()).strip()).isEqualTo(lf(message.html()).strip());
            assertThat(mail.attachments()).containsExactly(event, minutes);
        });
    }

    @Test
    void startsNoMessageOnceToldToStop() {
        List<Notification> batch = batch(6);

        sender().send(batch, () -> outcomes.size() < 2, outcomes::add);

        assertThat(outcomes).extracting(Delivery::notification).containsExactly(batch.get(0), batch.get(1));
        assertThat(received()).hasSize(2);
    }

    @Test
    void anOutcomeThatCannotBeTakenEndsTheSendingAndIsThrown() {
        IllegalStateException down = new IllegalStateException("Datenbank nicht erreichbar");

        assertThatThrownBy(() -> sender().send(batch(4), () -> true, delivery -> {
            throw down;
        })).isSameAs(down);

        assertThat(received()).hasSize(1);
    }

    @Test
    void anEmptyBatchSendsNothing() {
        sender().send(List.of(), () -> true, outcomes::add);

        assertThat(outcomes).isEmpty();
        assertThat(received()).isEmpty();
    }
}
