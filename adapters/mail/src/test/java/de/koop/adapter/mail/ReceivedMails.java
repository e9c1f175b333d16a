package de.koop.adapter.mail;

import de.koop.application.port.out.MailSenderContract.Received;
import de.koop.domain.notification.Attachment;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A MIME message, as a mail server stored it or a file holds it, read as its recipient's mail program reads it. */
final class ReceivedMails {

    private ReceivedMails() {
    }

    static Received read(MimeMessage mail) {
        try {
            Parts parts = new Parts();
            parts.walk(mail);
            return new Received(mail.getAllRecipients()[0].toString(), mail.getSubject(), parts.text, parts.html,
                    List.copyOf(parts.attachments));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mail", e);
        }
    }

    private static final class Parts {
        private String text = "";
        private String html = "";
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws Exception {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
                return;
            }
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            String content;
            try (InputStream in = part.getInputStream()) {
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(new Attachment(part.getFileName(), type, content));
            } else if (type.equals("text/html")) {
                html = content;
            } else if (type.equals("text/plain")) {
                text = content;
            }
        }
    }
}
