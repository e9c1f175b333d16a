package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint: administrators only, with the standard HTTP and JVM metrics and koop's own, each of
 * which moves when koop does what it counts.
 */
class MetricsTest {

    private static final String PENDING = "koop_outbox_messages{status=\"pending\"}";
    private static final String SENT = "koop_outbox_messages{status=\"sent\"}";
    private static final String FAILED = "koop_outbox_messages{status=\"failed\"}";
    private static final String AGE = "koop_outbox_oldest_pending_age_seconds";
    private static final String SENT_TOTAL = "koop_outbox_sent_total";
    private static final String SEND_FAILURES = "koop_outbox_send_failures_total";
    private static final String SWEEPS = "koop_reminders_sweep_seconds_count";
    private static final String SWEEP_TIME = "koop_reminders_sweep_seconds_sum";
    private static final String WRITTEN = "koop_reminders_written_total";
    private static final String SWEEP_FAILURES = "koop_reminders_sweep_failures_total";
    private static final String SIGN_IN_FAILURES = "koop_sign_in_failures_total";
    private static final String LOCKOUTS = "koop_sign_in_lockouts_total";

    @Test
    void anonymousCallersAndNonAdministratorsDoNotGetTheMetrics() {
        try (RunningKoop koop = RunningKoop.inMemory()) {
            Api admin = koop.api();
            admin.post("/api/v1/users", "{\"username\": \"koordination\", \"password\": \"Koordination-2026!\"}");

            assertThat(koop.anonymousApi().get("/prometheus").status()).isEqualTo(401);
            assertThat(koop.anonymousApi().signedInAs("koordination", "Koordination-2026!").get("/prometheus").status())
                    .isEqualTo(403);
            assertThat(admin.get("/prometheus").status()).isEqualTo(200);
        }
    }

    @Test
    void onAManagementPortHealthAndMetricsAnswerWithoutSignInAndTheApiDoesNot() throws Exception {
        int managementPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            managementPort = socket.getLocalPort();
        }
        try (RunningKoop koop = RunningKoop.inMemory(Map.of("endpoints.all.port", managementPort))) {
            Api management = Api.managementPort(java.net.URI.create("http://localhost:" + managementPort));

            assertThat(management.get("/prometheus").status()).isEqualTo(200);
            assertThat(management.get("/prometheus").body()).contains(PENDING, SIGN_IN_FAILURES);
            assertThat(management.get("/health/readiness").status()).isEqualTo(200);
            assertThat(management.get("/health").json().get("details")).isNull();
            assertThat(management.get("/api/v1/networks").status()).isIn(401, 404);
            assertThat(management.post("/api/v1/auth/login", "{\"username\": \"admin\", \"password\": \"%s\"}"
                    .formatted(RunningKoop.ADMIN_PASSWORD)).status()).isEqualTo(404);
            assertThat(koop.api().get("/prometheus").status()).isEqualTo(404);
            assertThat(koop.anonymousApi().get("/prometheus").status()).isIn(401, 404);
        }
    }

    @Test
    void koopsOwnMetricsMoveWithSendingSweepingAndSigningIn() {
        Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(0, 30));
        try (SmtpServer smtp = new SmtpServer()) {
            settings.put("javamail.properties.mail.smtp.port", smtp.port());
            settings.put("koop.security.sign-in.attempts-per-account", 2);
            try (RunningKoop koop = RunningKoop.inMemory(settings)) {
                Api admin = koop.api();
                Metrics before = Metrics.of(admin);
                assertThat(before.names()).contains(PENDING, SENT, FAILED, AGE, SENT_TOTAL, SEND_FAILURES, SWEEPS,
                        SWEEP_TIME, WRITTEN, SWEEP_FAILURES, SIGN_IN_FAILURES, LOCKOUTS);
                assertThat(before.names()).as("the standard metrics").contains(
                        "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"}", "process_uptime_seconds")
                        .anyMatch(n -> n.startsWith("http_server_requests_seconds_count{"));

                // the mail server is down: the accession's confirmation waits and its attempts fail
                LeipzigFrameworkAgreement leipzig = LeipzigFrameworkAgreement.setUp(admin);
                assertThat(leipzig.accede(false).status()).isEqualTo(201);
                SmtpServer.await("a failed attempt", Duration.ofSeconds(15),
                        () -> Metrics.of(admin).value(SEND_FAILURES) >= 1);
                SmtpServer.await("the message waiting a while", Duration.ofSeconds(15),
                        () -> Metrics.of(admin).value(AGE) >= 1.0);
                Metrics waiting = Metrics.of(admin);
                assertThat(waiting.value(PENDING)).isEqualTo(1);
                assertThat(waiting.value(SENT_TOTAL)).isZero();

                smtp.start();
                SmtpServer.await("the message sent", Duration.ofSeconds(15), () -> Metrics.of(admin).value(SENT) == 1);
                SmtpServer.await("the gauges read anew", Duration.ofSeconds(5), () -> Metrics.of(admin).value(AGE) == 0);
                Metrics sent = Metrics.of(admin);
                assertThat(sent.value(SENT_TOTAL)).isEqualTo(1);
                assertThat(sent.value(PENDING)).isZero();

                bodyDueToMeet(admin, leipzig);
                Api.Response sweep = admin.request("POST", "/api/v1/reminders/sweep", null);
                assertThat(sweep.status()).as(sweep.toString()).isEqualTo(200);
                Metrics swept = Metrics.of(admin);
                assertThat(swept.value(SWEEPS)).isEqualTo(before.value(SWEEPS) + 1);
                assertThat(swept.value(SWEEP_TIME)).isGreaterThan(before.value(SWEEP_TIME));
                assertThat(swept.value(WRITTEN)).isEqualTo(sweep.number("written")).isGreaterThanOrEqualTo(1);

                Api anonymous = koop.anonymousApi();
                for (int attempt = 0; attempt < 3; attempt++) {
                    anonymous.post("/api/v1/auth/login", "{\"username\": \"niemand\", \"password\": \"falsch-falsch\"}");
                }
                Metrics signIns = Metrics.of(admin);
                assertThat(signIns.value(SIGN_IN_FAILURES)).isEqualTo(before.value(SIGN_IN_FAILURES) + 2);
                assertThat(signIns.value(LOCKOUTS)).isEqualTo(before.value(LOCKOUTS) + 1);
            }
        }
    }

    /** A working group of the coordination that should have met last year: the sweep reminds of it. */
    private static void bodyDueToMeet(Api admin, LeipzigFrameworkAgreement leipzig) {
        Api.Response city = admin.get(leipzig.base() + "/partners/" + leipzig.city());
        @SuppressWarnings("unchecked")
        String contact = (String) ((List<Map<String, Object>>) city.json().get("contacts")).getFirst().get("id");
        assertThat(admin.put(leipzig.base() + "/coordination", "{\"partnerId\": \"%s\", \"contactPersonId\": \"%s\"}"
                .formatted(leipzig.city(), contact)).status()).isEqualTo(200);
        Api.Response group = admin.post(leipzig.base() + "/bodies", """
                {"kind": "WORKING_GROUP", "name": "AG Wohnen", "establishedOn": "%s", "formats": ["IN_PERSON"],
                 "cadence": {"type": "EVERY_YEARS", "years": 1}}""".formatted(LocalDate.now().minusYears(2)));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
    }

    /** One reading of the Prometheus endpoint: each series with its value. */
    private record Metrics(Map<String, Double> series) {

        static Metrics of(Api admin) {
            Api.Response response = admin.get("/prometheus");
            assertThat(response.status()).isEqualTo(200);
            Map<String, Double> series = new HashMap<>();
            for (String line : response.body().split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int space = line.lastIndexOf(' ');
                    series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
            return new Metrics(series);
        }

        java.util.Set<String> names() {
            return series.keySet();
        }

        double value(String name) {
            Double value = series.get(name);
            assertThat(value).as(name + " in " + series.keySet()).isNotNull();
            return value;
        }
    }
}
