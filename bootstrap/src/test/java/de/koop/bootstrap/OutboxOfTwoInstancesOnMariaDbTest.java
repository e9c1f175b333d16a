package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two koop instances on one MariaDB database share the outbox: every message reaches the SMTP server once. */
class OutboxOfTwoInstancesOnMariaDbTest {

    private static final int MESSAGES = 300;

    @Test
    void everyMessageIsSentExactlyOnce() {
        RunningKoop.emptyMariaDb();
        try (SmtpServer smtp = new SmtpServer().start()) {
            Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(smtp.port(), 3));
            settings.put("koop.outbox.batch-size", 7);
            settings.put("koop.outbox.poll-interval", "20ms");
            // the test fills the outbox itself, not through a use case that records its changes
            settings.put(CheckedStores.SETTING, false);
            try (RunningKoop first = RunningKoop.onMariaDb(settings); RunningKoop second = RunningKoop.onMariaDb(settings)) {
                String network = first.api().post("/api/v1/networks",
                        CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
                Outbox outbox = first.context().getBean(Outbox.class);
                for (int i = 0; i < MESSAGES; i++) {
                    outbox.append(Notification.pending(new NetworkId(UUID.fromString(network)),
                            MessageKind.ACCESSION_CONFIRMATION, new EmailAddress("partner" + i + "@pflege.example"),
                            new RenderedMessage("Nachricht " + i, "Guten Tag " + i, "<p>Guten Tag " + i + "</p>"),
                            Instant.now()));
                }

                SmtpServer.await(MESSAGES + " mails", Duration.ofSeconds(60), () -> smtp.received().size() >= MESSAGES);
                SmtpServer.await("all marked sent", Duration.ofSeconds(10), () -> second.api()
                        .get("/api/v1/outbox?status=SENT").number("totalItems") == MESSAGES);
                RunningKoop.pause(Duration.ofMillis(500));

                List<SmtpServer.Mail> mails = smtp.received();
                assertThat(mails).hasSize(MESSAGES);
                assertThat(mails.stream().map(SmtpServer.Mail::subject).distinct()).hasSize(MESSAGES);
                assertThat(first.api().get("/api/v1/outbox?status=PENDING").number("totalItems")).isZero();
                first.emptyStore();
            }
        }
    }
}
