package de.koop.adapter.mail;

import de.koop.domain.notification.Attachment;
import de.koop.domain.notification.Notification;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A notification as the MIME message every sender of this adapter hands on: composed by Micronaut Email
 * (plain text and HTML as alternatives, attachments as files, UTF-8), to its one recipient, parsed strictly,
 * with a {@code Message-ID} derived from the notification's id.
 */
final class MimeMessages {

    private final MessageComposer composer;
    private final Contact from;
    private final String messageIdDomain;

    /** @param messageIdDomain the right-hand side of each {@code Message-ID} */
    MimeMessages(MessageComposer composer, Contact from, String messageIdDomain) {
        if (messageIdDomain.isBlank() || messageIdDomain.contains("@") || messageIdDomain.contains(">")) {
            throw new IllegalArgumentException("not a domain for a Message-ID");
        }
        this.composer = Objects.requireNonNull(composer);
        this.from = Objects.requireNonNull(from);
        this.messageIdDomain = messageIdDomain;
    }

    Message compose(Notification notification, Session session) throws MessagingException {
        // strictly, as the recipient is also checked when entered: an address stored under an older rule fails
        // here, for its own message only
        InternetAddress recipient = new InternetAddress(notification.recipient().value(), true);
        recipient.validate();
        Message message = composer.compose(email(notification), session);
        message.setRecipient(Message.RecipientType.TO, recipient);
        // fixes the headers now, so that sending does not replace the Message-ID below with a random one
        message.saveChanges();
        // the same on every attempt, so that mail programs recognise a repeat
        message.setHeader("Message-ID", "<" + notification.id() + "@" + messageIdDomain + ">");
        if (notification.kind().isReminder()) {
            // RFC 3834: no out-of-office replies to what a program sent on its own
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        return message;
    }

    private Email email(Notification notification) {
        Email.Builder email = Email.builder().from(from).to(notification.recipient().value())
                .subject(notification.subject()).body(new MultipartBody(notification.html(), notification.text()));
        for (Attachment attachment : notification.attachments()) {
            // text/calendar gets method=REQUEST so that mail clients offer to add the event
            String type = attachment.contentType().equals("text/calendar")
                    ? "text/calendar; charset=UTF-8; method=REQUEST" : attachment.contentType() + "; charset=UTF-8";
            email.attachment(io.micronaut.email.Attachment.builder().filename(attachment.fileName()).contentType(type)
                    .content(attachment.content().getBytes(StandardCharsets.UTF_8)).build());
        }
        return email.build();
    }

    /** Why a message failed, in one line: the innermost cause. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + Objects.requireNonNullElse(root.getMessage(), "");
    }
}
