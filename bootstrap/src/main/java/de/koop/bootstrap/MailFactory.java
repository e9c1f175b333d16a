package de.koop.bootstrap;

import de.koop.adapter.mail.SmtpMailSender;
import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Outbox;
import de.koop.application.service.OutboxDispatcher;
import de.koop.domain.notification.RetryPolicy;
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

/**
 * Sending the outbox. Without SMTP configured ({@code javamail.enabled} false, the default) there is no
 * {@link MailSender} and no dispatcher: messages stay in the outbox, visible over HTTP, and go out once
 * koop starts with SMTP.
 */
@Factory
class MailFactory {

    @Singleton
    @Requires(property = "javamail.enabled", value = "true")
    MailSender smtpMailSender(SessionProvider sessions, MessageComposer composer,
                              @Value("${micronaut.email.from.email}") String fromAddress,
                              @Value("${micronaut.email.from.name:}") String fromName,
                              @Value("${koop.outbox.smtp-connections:4}") int connections) {
        return new SmtpMailSender(sessions::session, composer,
                fromName.isBlank() ? new Contact(fromAddress) : new Contact(fromAddress, fromName), connections);
    }

    /**
     * Micronaut Email's default takes {@code Session.getDefaultInstance}, which keeps the first
     * settings for the whole JVM; each application context gets its own session here.
     */
    @Singleton
    @Replaces(DefaultSessionProvider.class)
    @Requires(property = "javamail.enabled", value = "true")
    SessionProvider sessionPerContext(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Session session = Session.getInstance(properties.mailProperties(), authenticator);
        return () -> session;
    }

    @Singleton
    @Requires(beans = MailSender.class)
    DispatchOutboxUseCase dispatchOutbox(Outbox outbox, MailSender mail, Clock clock, UseCaseTransactions tx,
                                         @Value("${koop.outbox.max-attempts:8}") int maxAttempts,
                                         @Value("${koop.outbox.first-retry-delay:30s}") Duration firstDelay,
                                         @Value("${koop.outbox.batch-size:100}") int batchSize) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, mail, new RetryPolicy(maxAttempts, firstDelay),
                batchSize, clock);
        return () -> tx.runQueueWork(dispatcher::dispatchDue);
    }
}
