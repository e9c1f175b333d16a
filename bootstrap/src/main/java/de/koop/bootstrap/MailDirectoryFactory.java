package de.koop.bootstrap;

import de.koop.adapter.mail.EmlFileMailSender;
import de.koop.application.port.out.MailSender;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The sender {@code files} ({@code KOOP_MAIL_SENDER=files}): each message as an {@code .eml} file in
 * {@code koop.mail.directory}, for trying koop out without a mail server. Chosen as every sender is, by its
 * {@code @Requires}: a further sender is a factory like this one, and nothing else changes.
 */
@Factory
class MailDirectoryFactory {

    @Singleton
    @Requires(property = "koop.mail.sender", value = "files")
    MailSender filesMailSender(MessageComposer composer, MailFactory.MailOrigin origin,
                               @Value("${koop.mail.directory:./data/mail}") String directory) {
        return new EmlFileMailSender(Path.of(directory), composer, origin.from(), origin.messageIdDomain());
    }
}
