package de.koop.adapter.mail;

import de.koop.application.port.out.MailSender;
import de.koop.domain.notification.Notification;
import io.micronaut.email.Contact;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@link MailSender} into a directory: each message as the file {@code <outbox id>.eml} (RFC 5322, the
 * same MIME message the SMTP sender sends), which any mail program opens. For trying koop out and for
 * development, where no mail server is at hand; a repeat of a message replaces its file. Each file is
 * written beside and then moved into place, so that nobody reads half a message.
 */
public final class EmlFileMailSender implements MailSender {

    private final Path directory;
    private final MimeMessages messages;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param directory       where the files go; created if missing
     * @param from            the sender of every message
     * @param messageIdDomain the right-hand side of each {@code Message-ID}
     */
    public EmlFileMailSender(Path directory, MessageComposer composer, Contact from, String messageIdDomain) {
        this.directory = Objects.requireNonNull(directory);
        this.messages = new MimeMessages(composer, from, messageIdDomain);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mail directory " + directory, e);
        }
    }

    @Override
    public void send(List<Notification> batch, BooleanSupplier proceed, Consumer<Delivery> outcomes) {
        for (Notification notification : batch) {
            if (!proceed.getAsBoolean()) {
                return;
            }
            Delivery delivery;
            try {
                write(notification, messages.compose(notification, session));
                delivery = Delivery.delivered(notification);
            } catch (MessagingException | IOException | RuntimeException e) {
                delivery = Delivery.failed(notification, MimeMessages.reason(e));
            }
            outcomes.accept(delivery);
        }
    }

    private void write(Notification notification, Message message) throws IOException, MessagingException {
        Path file = directory.resolve(notification.id() + ".eml");
        Path part = directory.resolve(notification.id() + ".eml.part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                message.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
