package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.MailSender.Delivery;
import de.koop.application.port.out.MailSenderContract;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import io.micronaut.email.Contact;
import io.micronaut.email.javamail.composer.DefaultMessageComposer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP sender against a real SMTP server (GreenMail): the contract over one connection, and what each
 * recipient gets and when it reports over several.
 */
class SmtpMailSenderTest extends MailSenderContract {

    private static final NetworkId NETWORK = NetworkId.newId();
    private static final RenderedMessage MESSAGE = new RenderedMessage("Protokoll", "Guten Tag", "<p>Guten Tag</p>");

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final List<Delivery> reported = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private SmtpMailSender sender(int connections) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", smtp.getSmtp().getPort());
        Session session = Session.getInstance(properties);
        return new SmtpMailSender(() -> session, new DefaultMessageComposer(),
                new Contact("koordination@pflegenetz.example", "Netzwerkkoordination"), "pflegenetz.example",
                connections);
    }

    @Override
    protected MailSender sender() {
        return sender(1);
    }

    @Override
    protected List<Received> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMails::read).toList();
    }

    private static Notification to(String address) {
        return Notification.pending(NETWORK, MessageKind.MINUTES_DISTRIBUTION, new EmailAddress(address), MESSAGE,
                Instant.now());
    }

    private static List<String> to(MimeMessage mail) throws MessagingException {
        return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
    }

    @Test
    void eachMessageShowsOnlyItsOwnRecipientAndKeepsItsMessageIdOnARepeat() throws MessagingException {
        Notification jana = to("jana.vogel@sonnenschein.example");
        Notification katrin = to("katrin.boehme@leipzig.example");

        sender(2).send(List.of(jana, katrin), () -> true, reported::add);
        sender(1).send(List.of(jana), () -> true, reported::add);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(3);
        assertThat(reported).extracting(d -> d.failure().isEmpty()).containsOnly(true);
        for (MimeMessage mail : mails) {
            assertThat(to(mail)).hasSize(1);
            assertThat(mail.getHeader("Cc")).isNull();
            assertThat(mail.getHeader("Auto-Submitted")).isNull();
        }
        List<MimeMessage> toJana = Arrays.stream(mails).filter(m -> {
            try {
                return to(m).equals(List.of("jana.vogel@sonnenschein.example"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(toJana).hasSize(2);
        assertThat(toJana.get(0).getMessageID()).isEqualTo("<" + jana.id() + "@pflegenetz.example>")
                .isEqualTo(toJana.get(1).getMessageID());
    }

    @Test
    void aReminderSaysItWasSentAutomatically() throws MessagingException {
        Notification reminder = Notification.reminders(NETWORK, new Occasion(MessageKind.SEAT_TERM_ENDING, "seat-1",
                LocalDate.of(2027, 5, 10)), List.of(new EmailAddress("regionalplanung@lwl.example")), MESSAGE,
                Instant.now()).getFirst();

        sender(1).send(List.of(reminder), () -> true, reported::add);

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail ->
                assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated"));
    }

    @Test
    void reportsEachMessageBeforeStartingTheNextAndStartsNoneOnceToldToStop() {
        List<Notification> batch = IntStream.range(0, 40).mapToObj(i -> to("partner" + i + "@pflege.example")).toList();

        sender(4).send(batch, () -> reported.size() < 10, delivery -> {
            // every message reported has reached the server already
            int before = reported.size();
            assertThat(smtp.getReceivedMessages().length).isGreaterThanOrEqualTo(before + 1);
            reported.add(delivery);
        });

        assertThat(reported.size()).as("10, and at most one in flight on each of the other connections")
                .isBetween(10, 13);
        assertThat(smtp.getReceivedMessages()).hasSameSizeAs(reported);
    }
}
