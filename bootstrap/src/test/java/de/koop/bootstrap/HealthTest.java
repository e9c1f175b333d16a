package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database and, while koop sends mail, the SMTP server; liveness stays up whatever they
 * do; only administrators see the details.
 */
class HealthTest {

    @Test
    void readinessFailsWhileTheDatabaseIsUnreachableAndLivenessStaysUp() {
        URI db = URI.create(System.getProperty("koop.test.db.url").substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(db.getHost(), db.getPort() == -1 ? 3306 : db.getPort())) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("datasources.default.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + db.getPath());
            settings.put("datasources.default.username", System.getProperty("koop.test.db.user"));
            settings.put("datasources.default.password", System.getProperty("koop.test.db.password"));
            // a probe must not wait the pool's default 30 s for a connection
            settings.put("datasources.default.connection-timeout", 1000);
            settings.put("datasources.default.maximum-pool-size", 2);
            try (RunningKoop koop = RunningKoop.start(settings)) {
                Api anonymous = koop.anonymousApi();
                assertThat(anonymous.get("/health/readiness").status()).isEqualTo(200);

                proxy.cut();
                SmtpServer.await("readiness down", Duration.ofSeconds(20),
                        () -> anonymous.get("/health/readiness").status() == 503);
                assertThat(anonymous.get("/health/liveness").status()).isEqualTo(200);
                assertThat(anonymous.get("/health").status()).isEqualTo(503);

                proxy.restore();
                SmtpServer.await("readiness up again", Duration.ofSeconds(20),
                        () -> anonymous.get("/health/readiness").status() == 200);
            }
        }
    }

    @Test
    void readinessFailsWhileTheMailServerIsUnreachable() {
        try (SmtpServer smtp = new SmtpServer().start();
             RunningKoop koop = RunningKoop.inMemory(RunningKoop.sendingTo(smtp.port(), 8))) {
            Api anonymous = koop.anonymousApi();
            assertThat(anonymous.get("/health/readiness").status()).isEqualTo(200);

            smtp.stop();
            assertThat(anonymous.get("/health/readiness").status()).isEqualTo(503);
            assertThat(anonymous.get("/health/liveness").status()).isEqualTo(200);

            smtp.start();
            assertThat(anonymous.get("/health/readiness").status()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdministratorsSeeTheDetails() {
        try (SmtpServer smtp = new SmtpServer().start();
             RunningKoop koop = RunningKoop.inMemory(RunningKoop.sendingTo(smtp.port(), 8))) {
            Api admin = koop.api();
            admin.post("/api/v1/users", "{\"username\": \"koordination\", \"password\": \"Koordination-2026!\"}");
            Api member = koop.anonymousApi().signedInAs("koordination", "Koordination-2026!");

            assertThat(admin.get("/health").json().get("details")).asString().contains("smtp");
            assertThat(koop.anonymousApi().get("/health").json().get("details")).isNull();
            assertThat(member.get("/health").status()).isEqualTo(200);
            assertThat(member.get("/health").json().get("details")).isNull();
        }
    }
}
