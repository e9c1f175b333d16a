package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import de.koop.application.port.in.DispatchOutboxUseCase;
import de.koop.application.port.out.MailSender;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code koop.mail.sender} chooses the one sender, or none; a name no sender has stops the start. */
class MailSenderChoiceTest {

    @TempDir
    Path directory;

    @Test
    void byDefaultThereIsNoSenderAndMessagesWaitInTheOutbox() {
        try (ApplicationContext koop = ApplicationContext.run("inmemory")) {
            assertThat(koop.getBeansOfType(MailSender.class)).isEmpty();
            assertThat(koop.containsBean(DispatchOutboxUseCase.class)).isFalse();
        }
    }

    @Test
    void smtpChoosesTheSmtpSender() {
        try (ApplicationContext koop = ApplicationContext.run(Map.of("koop.mail.sender", "smtp"), "inmemory")) {
            assertThat(koop.getBeansOfType(MailSender.class)).hasSize(1);
            assertThat(koop.containsBean(DispatchOutboxUseCase.class)).isTrue();
            assertThat(koop.containsBean(SmtpHealth.class)).isTrue();
        }
    }

    @Test
    void filesWritesEachMessageOfTheOutboxIntoTheDirectory() throws Exception {
        Path mail = directory.resolve("mail");
        try (ApplicationContext koop = ApplicationContext.run(Map.of("koop.mail.sender", "files",
                "koop.mail.directory", mail.toString(), "koop.outbox.poll-interval", "1h",
                // the test fills the outbox itself, without a use case recording it
                CheckedStores.SETTING, "false"), "inmemory")) {
            Notification message = Notification.pending(NetworkId.newId(), MessageKind.MINUTES_DISTRIBUTION,
                    new EmailAddress("jana.vogel@sonnenschein.example"),
                    new RenderedMessage("Protokoll der 3. Sitzung", "Guten Tag", "<p>Guten Tag</p>"), Instant.now());
            koop.getBean(Outbox.class).append(message);

            assertThat(koop.getBean(DispatchOutboxUseCase.class).dispatchDue(() -> true)).isEqualTo(1);

            assertThat(koop.getBeansOfType(MailSender.class)).hasSize(1);
            assertThat(koop.containsBean(SmtpHealth.class)).isFalse();
            assertThat(koop.getBean(Outbox.class).findById(message.id()).orElseThrow().status())
                    .isEqualTo(Notification.Status.SENT);
        }
        try (var files = Files.list(mail)) {
            assertThat(files.toList()).singleElement().satisfies(file -> assertThat(Files.readString(file))
                    .contains("To: jana.vogel@sonnenschein.example", "Guten Tag"));
        }
    }

    @Test
    void aSenderKoopDoesNotHaveStopsTheStartWithOneLine() {
        List<String> errors;
        try (CapturedLog log = new CapturedLog()) {
            assertThatThrownBy(() -> ApplicationContext.run(Map.of("koop.mail.sender", "eml"), "inmemory").close())
                    .hasStackTraceContaining("Invalid setting koop.mail.sender=eml");
            errors = log.lines(Level.ERROR);
        }

        assertThat(errors).containsExactly("Invalid setting koop.mail.sender=eml (KOOP_MAIL_SENDER): allowed is none, "
                + "smtp, files or the name of an added sender");
    }
}
