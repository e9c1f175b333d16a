package de.koop.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A real SMTP server in-process (GreenMail) on a free port, which a test can stop and start again
 * on the same port, as a mail server goes down and comes back.
 */
final class SmtpServer implements AutoCloseable {

    private final int port;
    private GreenMail greenMail;

    SmtpServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** How many messages arrived since the last start, without decoding them. */
    int count() {
        return greenMail.getReceivedMessages().length;
    }

    /** Every message received since the last start. */
    List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mail::of).toList();
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits up to the timeout for the condition; fails the test if it never holds. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A received mail, decoded: recipients, subject, the plain-text and the HTML part, attachments by type,
     * its Message-ID and its Auto-Submitted header (null when absent).
     */
    record Mail(List<String> to, String from, String subject, String text, String html,
                Map<String, String> attachments, String messageId, String autoSubmitted) {

        static Mail of(MimeMessage message) {
            try {
                List<String> to = Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
                Parts parts = new Parts();
                parts.collect(message);
                return new Mail(to, message.getFrom()[0].toString(), message.getSubject(), parts.text, parts.html,
                        Map.copyOf(parts.attachments), message.getMessageID(),
                        message.getHeader("Auto-Submitted", ","));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class Parts {
        private String text = "";
        private String html = "";
        private final Map<String, String> attachments = new HashMap<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.put(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT),
                        new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}
