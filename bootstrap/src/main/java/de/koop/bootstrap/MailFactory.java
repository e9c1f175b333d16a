package de.koop.bootstrap;

import de.koop.adapter.mail.SmtpMailSender;
import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Transactions;
import de.koop.application.service.OutboxDispatcher;
import de.koop.domain.notification.RetryPolicy;
import de.koop.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.Contact;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sending the outbox. {@code koop.mail.sender} ({@code KOOP_MAIL_SENDER}) chooses the one {@link MailSender}:
 * each sender is a bean that {@code @Requires(property = "koop.mail.sender", value = "<its name>")}, here
 * {@code smtp}, in {@link MailDirectoryFactory} {@code files}; a further one is a further such bean, in a
 * factory of its own. With {@code none}, the default, there is no sender and no dispatcher: messages stay in
 * the outbox, visible over HTTP, and go out once koop starts with a sender. {@link MailSenderChoice} stops
 * the start when no sender has the name given.
 */
@Factory
class MailFactory {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /**
     * The sender of every message, whichever sender hands them on.
     *
     * @param messageIdDomain the right-hand side of each Message-ID; empty: the domain of the sender's address
     */
    @Singleton
    MailOrigin mailOrigin(@Value("${micronaut.email.from.email}") String fromAddress,
                          @Value("${micronaut.email.from.name:}") String fromName,
                          @Value("${koop.mail.message-id-domain:}") String messageIdDomain) {
        String sender = new EmailAddress(fromAddress).value();
        return new MailOrigin(fromName.isBlank() ? new Contact(fromAddress) : new Contact(fromAddress, fromName),
                messageIdDomain.isBlank() ? sender.substring(sender.lastIndexOf('@') + 1) : messageIdDomain.strip());
    }

    @Singleton
    @Requires(property = "koop.mail.sender", value = "smtp")
    MailSender smtpMailSender(SessionProvider sessions, MessageComposer composer, MailOrigin origin,
                              @Value("${koop.outbox.smtp-connections:4}") int connections) {
        // Jakarta Mail 2.1 looks its stream provider up anew for every message part, scanning every jar of the
        // class path (jakartaee/mail-api#861); named here, it is loaded directly: about a fifth of the CPU
        // of sending (see benchmarks/outbox-throughput.md)
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        return new SmtpMailSender(sessions::session, composer, origin.from(), origin.messageIdDomain(), connections);
    }

    /**
     * Micronaut Email's default takes {@code Session.getDefaultInstance}, which keeps the first
     * settings for the whole JVM; each application context gets its own session here.
     */
    @Singleton
    @Replaces(DefaultSessionProvider.class)
    @Requires(property = "koop.mail.sender", value = "smtp")
    SessionProvider sessionPerContext(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Session session = Session.getInstance(properties.mailProperties(), authenticator);
        return () -> session;
    }

    /** Who sends koop's messages: the From of each, and the domain of each Message-ID. */
    record MailOrigin(Contact from, String messageIdDomain) {
    }

    /** Not one transaction: the dispatcher claims, records each outcome and gives back in short ones of its own. */
    @Singleton
    @Requires(beans = MailSender.class)
    DispatchOutboxUseCase dispatchOutbox(Outbox outbox, MailSender mail, Clock clock, Transactions tx,
                                         @Value("${koop.outbox.max-attempts:8}") int maxAttempts,
                                         @Value("${koop.outbox.first-retry-delay:30s}") Duration firstDelay,
                                         @Value("${koop.outbox.batch-size:500}") int batchSize,
                                         @Value("${koop.outbox.lease:2m}") Duration lease) {
        return new OutboxDispatcher(outbox, mail, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return tx.queueWork(work);
            }
        }, new RetryPolicy(maxAttempts, firstDelay), batchSize, lease, clock);
    }
}
