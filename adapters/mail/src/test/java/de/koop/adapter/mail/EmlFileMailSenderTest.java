package de.koop.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.MailSenderContract;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import io.micronaut.email.Contact;
import io.micronaut.email.javamail.composer.DefaultMessageComposer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender into a directory: the contract, read back from the files, and what a repeat does. */
class EmlFileMailSenderTest extends MailSenderContract {

    @TempDir
    Path directory;

    private EmlFileMailSender newSender() {
        return new EmlFileMailSender(directory.resolve("mail"), new DefaultMessageComposer(),
                new Contact("koordination@pflegenetz.example", "Netzwerkkoordination"), "pflegenetz.example");
    }

    @Override
    protected MailSender sender() {
        return newSender();
    }

    @Override
    protected List<Received> received() {
        return files().map(EmlFileMailSenderTest::read).map(ReceivedMails::read).toList();
    }

    private Stream<Path> files() {
        Path mail = directory.resolve("mail");
        if (!Files.isDirectory(mail)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(mail)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachMessageIsAFileNamedByItsIdWithItsMessageIdAndARepeatReplacesIt() throws Exception {
        Notification message = Notification.pending(NetworkId.newId(), MessageKind.MINUTES_DISTRIBUTION,
                new EmailAddress("jana.vogel@sonnenschein.example"),
                new RenderedMessage("Protokoll", "Guten Tag", "<p>Guten Tag</p>"), Instant.now());

        sender().send(List.of(message), () -> true, delivery -> { });
        sender().send(List.of(message), () -> true, delivery -> { });

        assertThat(files()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo(message.id() + ".eml");
            assertThat(read(file).getMessageID()).isEqualTo("<" + message.id() + "@pflegenetz.example>");
            assertThat(read(file).getFrom()[0].toString()).contains("koordination@pflegenetz.example");
        });
    }
}
