package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An instance that stops while it sends, on MariaDB: an orderly stop (the application context stops, as on
 * SIGTERM) loses nothing and sends nothing twice; an instance that dies mid-batch holds its messages only
 * until their lease ends, and only the message it had in flight can reach the server twice, with the same
 * Message-ID.
 */
class OutboxStopOnMariaDbTest {

    private static final String MESSAGE_ID_DOMAIN = "pflegenetz.example";

    private static Map<String, Object> settings(int smtpPort) {
        Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(smtpPort, 3));
        settings.put("koop.outbox.poll-interval", "20ms");
        settings.put("koop.mail.message-id-domain", MESSAGE_ID_DOMAIN);
        // the test fills the outbox itself, not through a use case that records its changes
        settings.put(CheckedStores.SETTING, false);
        return settings;
    }

    /** Appends the messages in one transaction, so that sending starts with all of them there. */
    private static List<Notification> append(RunningKoop koop, int count) {
        String network = koop.api().post("/api/v1/networks",
                CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
        List<Notification> messages = IntStream.range(0, count).mapToObj(i -> Notification.pending(
                new NetworkId(UUID.fromString(network)), MessageKind.MINUTES_DISTRIBUTION,
                new EmailAddress("partner" + i + "@pflege.example"),
                new RenderedMessage("Nachricht " + i, "Guten Tag " + i, "<p>Guten Tag " + i + "</p>"),
                Instant.now())).toList();
        return koop.context().getBean(Outbox.class).appendAll(messages);
    }

    @Test
    void anOrderlyStopWhileABigBatchGoesOutLosesNothingAndSendsNothingTwice() {
        int messages = 3000;
        RunningKoop.emptyMariaDb();
        try (SmtpServer smtp = new SmtpServer().start()) {
            Map<String, Object> settings = settings(smtp.port());
            settings.put("koop.outbox.batch-size", 1000);
            RunningKoop stopping = RunningKoop.onMariaDb(settings);
            List<Notification> written = append(stopping, messages);
            SmtpServer.await("sending under way", Duration.ofSeconds(30), () -> smtp.count() >= 200);

            stopping.close();
            int beforeTheStop = smtp.count();
            try (RunningKoop next = RunningKoop.onMariaDb(settings)) {
                SmtpServer.await("every mail", Duration.ofSeconds(60), () -> smtp.count() >= messages);
                SmtpServer.await("all marked sent", Duration.ofSeconds(10),
                        () -> next.api().get("/api/v1/outbox?status=SENT").number("totalItems") == messages);
                RunningKoop.pause(Duration.ofMillis(500));

                assertThat(beforeTheStop).as("stopped in the middle of the first batch").isBetween(200, 999);
                List<SmtpServer.Mail> mails = smtp.received();
                assertThat(mails).hasSize(messages);
                assertThat(mails.stream().map(SmtpServer.Mail::subject).distinct()).hasSize(messages);
                assertThat(mails.stream().map(SmtpServer.Mail::messageId).collect(Collectors.toSet()))
                        .isEqualTo(written.stream().map(n -> "<" + n.id() + "@" + MESSAGE_ID_DOMAIN + ">")
                                .collect(Collectors.toSet()));
                next.emptyStore();
            }
        }
    }

    @Test
    void aDeadInstanceHoldsItsMessagesUntilTheLeaseEndsAndOnlyTheOneInFlightArrivesTwice() throws Exception {
        int messages = 40;
        RunningKoop.emptyMariaDb();
        CountDownLatch revive = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        // takes each whole message, then never answers the fifth: the sender cannot know it arrived
        SMTPServer server = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandler((context, from, to, data) -> {
                    received.add(header(data, "Message-ID") + " " + header(data, "Subject"));
                    if (received.size() == 5) {
                        awaitUninterruptibly(revive);
                    }
                }).build();
        server.start();
        try {
            Map<String, Object> settings = settings(server.getPortAllocated());
            settings.put("koop.outbox.lease", "3s");
            settings.put("koop.outbox.smtp-connections", 1);
            // long enough to stay silent while the other instance takes over, as a dead one would
            settings.put("javamail.properties.mail.smtp.timeout", 120_000);
            try (RunningKoop dead = RunningKoop.onMariaDb(settings)) {
                List<Notification> written = append(dead, messages);
                SmtpServer.await("the fifth mail", Duration.ofSeconds(30), () -> received.size() >= 5);
                try (RunningKoop takingOver = RunningKoop.onMariaDb(settings)) {
                    SmtpServer.await("every mail", Duration.ofSeconds(60), () -> received.size() >= messages + 1);
                    SmtpServer.await("all marked sent", Duration.ofSeconds(10), () -> takingOver.api()
                            .get("/api/v1/outbox?status=SENT").number("totalItems") == messages);
                    revive.countDown();
                    RunningKoop.pause(Duration.ofSeconds(2));

                    Map<String, Long> copies = received.stream()
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                    assertThat(copies).hasSize(messages);
                    assertThat(copies.values().stream().filter(n -> n > 1).toList())
                            .as("only the message in flight, on the one connection").containsExactly(2L);
                    String twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).findFirst().orElseThrow()
                            .getKey();
                    assertThat(twice).isEqualTo(received.get(4))
                            .startsWith("<" + written.get(4).id() + "@" + MESSAGE_ID_DOMAIN + "> ");
                    assertThat(copies.keySet()).containsAll(written.stream()
                            .map(n -> "<" + n.id() + "@" + MESSAGE_ID_DOMAIN + "> " + n.subject()).toList());
                    assertThat(takingOver.api().get("/api/v1/outbox?status=SENT").number("totalItems"))
                            .as("the late answer to the dead instance changes nothing").isEqualTo(messages);
                    takingOver.emptyStore();
                }
            }
        } finally {
            revive.countDown();
            server.stop();
        }
    }

    private static String header(byte[] data, String name) {
        Matcher header = Pattern.compile("(?im)^" + name + ":\\s*(.*)$")
                .matcher(new String(data, StandardCharsets.UTF_8));
        return header.find() ? header.group(1).strip() : "";
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // the server stops its threads; the test decides when this one may answer
            }
        }
    }
}
