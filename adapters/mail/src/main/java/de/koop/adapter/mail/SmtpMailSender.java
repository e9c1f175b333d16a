package de.koop.adapter.mail;

import de.koop.application.port.out.MailDeliveryException;
import de.koop.application.port.out.MailSender;
import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.EmailAddress;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link MailSender} over SMTP through Micronaut Email's Jakarta Mail sender: one message to all
 * recipients, plain text and HTML as alternatives, attachments as files. The SMTP server and the sender address are
 * configuration ({@code javamail.*}, {@code micronaut.email.from.*}).
 */
public final class SmtpMailSender implements MailSender {

    private final EmailSender<?, ?> smtp;

    public SmtpMailSender(EmailSender<?, ?> smtp) {
        this.smtp = Objects.requireNonNull(smtp);
    }

    @Override
    public void send(Notification notification) {
        Email.Builder email = Email.builder().subject(notification.subject())
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
        try {
            smtp.send(email);
        } catch (RuntimeException e) {
            // Jakarta Mail reports a refused or unreachable server as a runtime exception wrapping the cause
            throw new MailDeliveryException(reason(e), e);
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
