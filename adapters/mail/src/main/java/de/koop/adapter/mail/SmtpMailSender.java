package de.koop.adapter.mail;

import de.koop.application.port.out.MailSender;
import de.koop.domain.notification.Notification;
import io.micronaut.email.Contact;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link MailSender} over SMTP: Micronaut Email composes each message (plain text and HTML as
 * alternatives, attachments as files) and Jakarta Mail sends a batch over a few connections, each
 * message over a connection kept open. A new connection per message costs ~50 ms on loopback; one kept
 * open ~1.5 ms a message.
 */
public final class SmtpMailSender implements MailSender {

    private final Supplier<Session> sessions;
    private final MimeMessages messages;
    private final int connections;

    /**
     * @param sessions        the configured mail session ({@code javamail.*})
     * @param from            the sender of every message
     * @param messageIdDomain the right-hand side of each {@code Message-ID}
     * @param connections     how many connections a batch is spread over, in parallel
     */
    public SmtpMailSender(Supplier<Session> sessions, MessageComposer composer, Contact from, String messageIdDomain,
                          int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be positive");
        }
        this.sessions = Objects.requireNonNull(sessions);
        this.messages = new MimeMessages(composer, from, messageIdDomain);
        this.connections = connections;
    }

    @Override
    public void send(List<Notification> batch, BooleanSupplier proceed, Consumer<Delivery> outcomes) {
        int parts = Math.min(connections, batch.size());
        if (parts <= 1) {
            sendOverOneConnection(batch, proceed, outcomes);
            return;
        }
        int size = (batch.size() + parts - 1) / parts;
        List<List<Notification>> chunks = new ArrayList<>();
        for (int start = 0; start < batch.size(); start += size) {
            chunks.add(batch.subList(start, Math.min(batch.size(), start + size)));
        }
        // the server's answer to each command is the bottleneck, not this machine: wait on several
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = chunks.stream()
                    .<Future<?>>map(chunk -> pool.submit(() -> sendOverOneConnection(chunk, proceed, outcomes)))
                    .toList();
            RuntimeException failure = null;
            for (Future<?> part : sent) {
                try {
                    part.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void sendOverOneConnection(List<Notification> chunk, BooleanSupplier proceed,
                                       Consumer<Delivery> outcomes) {
        Session session = sessions.get();
        Transport transport = null;
        try {
            for (Notification notification : chunk) {
                if (!proceed.getAsBoolean()) {
                    return;
                }
                Delivery delivery;
                try {
                    Message message = messages.compose(notification, session);
                    if (transport == null || !transport.isConnected()) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    delivery = Delivery.delivered(notification);
                } catch (MessagingException | RuntimeException e) {
                    delivery = Delivery.failed(notification, MimeMessages.reason(e));
                }
                // before the next message: what the server took is on record when the next one starts
                outcomes.accept(delivery);
            }
        } finally {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages are with the server already; a failing QUIT changes nothing
            }
        }
    }
}
