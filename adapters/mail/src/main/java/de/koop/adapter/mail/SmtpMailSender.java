package de.koop.adapter.mail;

import de.koop.application.port.out.MailSender;
import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.EmailAddress;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@link MailSender} over SMTP: Micronaut Email composes each message (plain text and HTML as
 * alternatives, attachments as files) and Jakarta Mail sends a whole batch over one connection. A new
 * connection per message costs ~50 ms on loopback; one per batch ~1.5 ms a message.
 */
public final class SmtpMailSender implements MailSender {

    private final Supplier<Session> sessions;
    private final MessageComposer composer;
    private final Contact from;
    private final int connections;

    /**
     * @param sessions    the configured mail session ({@code javamail.*})
     * @param from        the sender of every message
     * @param connections how many connections a batch is spread over, in parallel
     */
    public SmtpMailSender(Supplier<Session> sessions, MessageComposer composer, Contact from, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be positive");
        }
        this.sessions = Objects.requireNonNull(sessions);
        this.composer = Objects.requireNonNull(composer);
        this.from = Objects.requireNonNull(from);
        this.connections = connections;
    }

    @Override
    public List<Delivery> send(List<Notification> batch) {
        int parts = Math.min(connections, batch.size());
        if (parts <= 1) {
            return sendOverOneConnection(batch);
        }
        int size = (batch.size() + parts - 1) / parts;
        List<List<Notification>> chunks = new ArrayList<>();
        for (int start = 0; start < batch.size(); start += size) {
            chunks.add(batch.subList(start, Math.min(batch.size(), start + size)));
        }
        // the server's answer to each command is the bottleneck, not this machine: wait on several
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Delivery>>> sent = chunks.stream()
                    .map(chunk -> pool.submit(() -> sendOverOneConnection(chunk))).toList();
            List<Delivery> deliveries = new ArrayList<>(batch.size());
            for (Future<List<Delivery>> part : sent) {
                deliveries.addAll(part.get());
            }
            return deliveries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<Delivery> sendOverOneConnection(List<Notification> batch) {
        List<Delivery> deliveries = new ArrayList<>(batch.size());
        Session session = sessions.get();
        Transport transport = null;
        try {
            for (Notification notification : batch) {
                try {
                    Message message = composer.compose(email(notification), session);
                    if (transport == null || !transport.isConnected()) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    deliveries.add(Delivery.delivered(notification));
                } catch (MessagingException | RuntimeException e) {
                    deliveries.add(Delivery.failed(notification, reason(e)));
                }
            }
        } finally {
            close(transport);
        }
        return deliveries;
    }

    private Email email(Notification notification) {
        Email.Builder email = Email.builder().from(from).subject(notification.subject())
                .body(new MultipartBody(notification.html(), notification.text()));
        for (EmailAddress recipient : notification.recipients()) {
            email.to(recipient.value());
        }
        for (Attachment attachment : notification.attachments()) {
            // text/calendar gets method=REQUEST so that mail clients offer to add the event
            String type = attachment.contentType().equals("text/calendar")
                    ? "text/calendar; charset=UTF-8; method=REQUEST" : attachment.contentType() + "; charset=UTF-8";
            email.attachment(io.micronaut.email.Attachment.builder().filename(attachment.fileName()).contentType(type)
                    .content(attachment.content().getBytes(StandardCharsets.UTF_8)).build());
        }
        return email.build();
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

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + Objects.requireNonNullElse(root.getMessage(), "");
    }
}
