package de.koop.bootstrap;

import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.server.SMTPServer;

/**
 * How many mails a second one koop instance on MariaDB hands from the outbox to an SMTP server on the
 * same machine (GreenMail). Not part of the test suite (the name does not end in Test): run it with
 * {@code ./koop bench}; it appends its figures to {@code benchmarks/outbox-throughput.md}. Target: at
 * least 1,000 mails a second on two cores.
 */
class OutboxThroughputBenchmark {

    private static final int MESSAGES = Integer.getInteger("koop.bench.messages", 20000);

    @Test
    void sendTheBacklog() throws IOException {
        String network;
        try (RunningKoop filling = RunningKoop.onMariaDb()) {
            filling.emptyStore();
            network = filling.api().post("/api/v1/networks",
                    CoordinatorApiScenarios.networkJson("Leipziger Kooperation Pflege", "LeiKoP", true)).string("id");
            Outbox outbox = filling.context().getBean(Outbox.class);
            // a thousand at a time: the backlog is there in seconds
            for (int from = 0; from < MESSAGES; from += 1000) {
                outbox.appendAll(IntStream.range(from, Math.min(MESSAGES, from + 1000)).mapToObj(i ->
                        Notification.pending(new NetworkId(UUID.fromString(network)),
                                MessageKind.ACCESSION_CONFIRMATION, new EmailAddress("partner" + i + "@pflege.example"),
                                new RenderedMessage("Bestätigung Ihres Beitritts " + i,
                                        "Guten Tag,\n\nwir bestätigen …\n", "<p>Guten Tag,</p><p>wir bestätigen …</p>"),
                                Instant.now())).toList());
            }
        }
        boolean greenMail = "greenmail".equals(System.getProperty("koop.bench.smtp"));
        try (CountingServer smtp = greenMail ? new GreenMailServer() : new SinkServer()) {
            Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(smtp.port(), 3));
            // the test fills the outbox itself, not through a use case that records its changes
            settings.put(CheckedStores.SETTING, false);
            settings.put("koop.outbox.poll-interval", "10ms");
            settings.put("koop.outbox.batch-size", Integer.getInteger("koop.bench.batch", 500));
            settings.put("koop.outbox.smtp-connections", Integer.getInteger("koop.bench.connections", 4));
            try (RunningKoop sending = RunningKoop.onMariaDb(settings)) {
                SmtpServer.await("the first mail", Duration.ofSeconds(30), () -> smtp.count() > 0);
                Instant first = Instant.now();
                String load = loadAverage();
                long[] cpuBefore = cpuMillis();
                SmtpServer.await(MESSAGES + " mails", Duration.ofMinutes(5), () -> smtp.count() >= MESSAGES);
                Duration took = Duration.between(first, Instant.now());
                long[] cpuAfter = cpuMillis();
                double jvmPerMail = (cpuAfter[0] - cpuBefore[0]) / (double) MESSAGES;
                double dbPerMail = (cpuAfter[1] - cpuBefore[1]) / (double) MESSAGES;
                String cpu = "CPU %.2f ms a mail (JVM %.2f, MariaDB %.2f)".formatted(jvmPerMail + dbPerMail, jvmPerMail,
                        dbPerMail);
                double perSecond = MESSAGES * 1000.0 / Math.max(1, took.toMillis());
                // on a machine shared with other work the rate says little alone: the load, and the CPU
                // time a mail took in this JVM and in MariaDB, say what it would be on free cores
                String line = "| %s | %d | %d | %.1f s | %.0f | %s | %d cores, %s, %d connections, load %s, %s |%n"
                        .formatted(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), MESSAGES,
                                settings.get("koop.outbox.batch-size"), took.toMillis() / 1000.0, perSecond,
                                greenMail ? "GreenMail" : "SubEthaSMTP sink", Runtime.getRuntime().availableProcessors(),
                                System.getProperty("java.version"), settings.get("koop.outbox.smtp-connections"), load,
                                cpu);
                Path results = Path.of(System.getProperty("koop.bench.results", "../benchmarks/outbox-throughput.md"));
                write(results, line);
                // and a row in the table of BENCHMARKS.md, with the others
                Files.writeString(Path.of(System.getProperty("koop.bench.summary", "../BENCHMARKS.md")),
                        "| %s | outbox dispatch to a local SMTP server (%s, batch %s, %s connections) | %.0f mails/s (%d mails in %.1f s) | – | %d cores | surefire JVM, %s, load %s, %s |%n"
                                .formatted(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                        greenMail ? "GreenMail" : "SubEthaSMTP sink",
                                        settings.get("koop.outbox.batch-size"),
                                        settings.get("koop.outbox.smtp-connections"), perSecond, MESSAGES,
                                        took.toMillis() / 1000.0, Runtime.getRuntime().availableProcessors(),
                                        System.getProperty("java.version"), load, cpu), StandardOpenOption.APPEND);
                System.out.print("Outbox throughput: " + line);
                sending.emptyStore();
            }
        }
    }

    /** A local SMTP server that counts what it received. */
    private interface CountingServer extends AutoCloseable {
        int port();

        int count();

        @Override
        void close();
    }

    /** GreenMail, as the tests use it: it parses and stores every message, on the same two cores. */
    private static final class GreenMailServer implements CountingServer {
        private final SmtpServer server = new SmtpServer().start();

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public int count() {
            return server.count();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /**
     * SubEthaSMTP speaking the whole SMTP dialogue and accepting each message, then only counting it, as a
     * relay hands it on: what is measured is koop, not the server's mail store.
     */
    private static final class SinkServer implements CountingServer {
        private final AtomicInteger received = new AtomicInteger();
        private final SMTPServer server = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .maxConnections(50).messageHandler((context, from, to, data) -> received.incrementAndGet()).build();

        SinkServer() {
            server.start();
        }

        @Override
        public int port() {
            return server.getPortAllocated();
        }

        @Override
        public int count() {
            return received.get();
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    /** The machine's load over the last minute, as the kernel counts it. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /**
     * CPU time used so far by this JVM and by the local MariaDB server (with whatever else it serves), in
     * milliseconds.
     */
    private static long[] cpuMillis() throws IOException {
        long jvm = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
        String server = new String(new ProcessBuilder("pidof", "mariadbd").start().getInputStream().readAllBytes())
                .strip().split(" ")[0];
        // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms
        String[] fields = Files.readString(Path.of("/proc", server, "stat")).split("\\) ")[1].split(" ");
        return new long[] {jvm, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10};
    }

    private static void write(Path results, String line) {
        try {
            if (!Files.exists(results)) {
                Files.writeString(results, """
                        # Outbox throughput to a local SMTP server (GreenMail), one instance on MariaDB

                        | when | mails | batch | time | mails/s | SMTP server | machine |
                        |---|---|---|---|---|---|---|
                        """);
            }
            Files.writeString(results, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
