package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two koop instances on one MariaDB database, each sweeping for reminders every 100 ms on their own
 * schedule: the sweep runs under ShedLock's lock, and every deadline is reminded of once.
 */
class ReminderSweepOfTwoInstancesOnMariaDbTest {

    private static final int DEADLINES = 40;

    @Test
    void everyDeadlineIsRemindedOfExactlyOnce() {
        RunningKoop.emptyMariaDb();
        try (SmtpServer smtp = new SmtpServer().start()) {
            Map<String, Object> settings = new HashMap<>(RunningKoop.sendingTo(smtp.port(), 3));
            settings.put("koop.test.today", ReminderScenarios.TODAY);
            settings.put("koop.reminders.enabled", true);
            settings.put("koop.reminders.interval", "100ms");
            settings.put("koop.reminders.initial-delay", "100ms");
            try (RunningKoop first = RunningKoop.onMariaDb(settings); RunningKoop second = RunningKoop.onMariaDb(settings)) {
                Api api = first.api();
                String base = "/api/v1/networks/" + api.post("/api/v1/networks",
                        CoordinatorApiScenarios.networkJson("Kooperation Eingliederungshilfe", "KEH", false)).string("id");
                String district = api.post(base + "/partners", CoordinatorApiScenarios.partnerJson("Kreis Steinfurt",
                        "CITY_ADMINISTRATION", "sozialplanung@kreis.example")).string("id");
                String agreement = api.post(base + "/agreements", """
                        {"kind": "COOPERATION_AGREEMENT", "title": "Kooperationsvereinbarung", "parties": ["%s"],
                         "term": {"type": "UNLIMITED"}, "termination": {"type": "EXCLUDED"}, "concludedOn": "2024-03-15"}"""
                        .formatted(district)).string("id");
                for (int i = 0; i < DEADLINES; i++) {
                    Api.Response created = api.post(base + "/obligations", """
                            {"agreementId": "%s", "title": "Pflicht %d", "responsiblePartnerId": "%s",
                             "startsOn": "2026-01-01", "reminderDaysBefore": 14, "rule": {"type": "ONCE", "dueOn": "2027-04-2%d"}}"""
                            .formatted(agreement, i, district, i % 10));
                    assertThat(created.status()).as(created.toString()).isEqualTo(201);
                }

                SmtpServer.await(DEADLINES + " reminders", Duration.ofSeconds(30),
                        () -> smtp.received().size() >= DEADLINES);
                SmtpServer.await("all marked sent", Duration.ofSeconds(10), () -> second.api()
                        .get("/api/v1/outbox?status=SENT").number("totalItems") == DEADLINES);
                RunningKoop.pause(Duration.ofSeconds(1)); // ten more periods: nothing more may come

                assertThat(smtp.received()).hasSize(DEADLINES);
                assertThat(smtp.received().stream().map(SmtpServer.Mail::subject).distinct()).hasSize(DEADLINES);
                assertThat(first.api().get("/api/v1/outbox").number("totalItems")).isEqualTo(DEADLINES);
                assertThat(lockHolders(first)).singleElement().satisfies(row -> assertThat(row).startsWith("reminder-sweep "));
                first.emptyStore();
            }
        }
    }

    /** The rows of ShedLock's table: name and the host that last held the lock. */
    private static List<String> lockHolders(RunningKoop koop) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = koop.context().getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name, locked_by FROM shedlock")) {
                List<String> found = new java.util.ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
