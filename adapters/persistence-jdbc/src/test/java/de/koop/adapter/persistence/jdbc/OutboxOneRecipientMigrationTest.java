package de.koop.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration to one message per recipient, on both databases: a message written for several
 * recipients before becomes one row for each with the same content and delivery state, a reminder's
 * occasion stays with each of its recipients, and the store then refuses a second message for an
 * occasion and recipient. On MariaDB it empties the test database and migrates it again.
 */
class OutboxOneRecipientMigrationTest {

    private static final String NETWORK = "00000000-0000-0000-0000-00000000000a";
    private static final String INVITATION = "00000000-0000-0000-0000-000000000001";
    private static final String REMINDER = "00000000-0000-0000-0000-000000000002";
    private static final String SINGLE = "00000000-0000-0000-0000-000000000003";

    @Test
    void onH2() throws SQLException {
        migrates("jdbc:h2:mem:koop_migration;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void onMariaDb() throws SQLException {
        migrates(System.getProperty("koop.test.db.url"), System.getProperty("koop.test.db.user"),
                System.getProperty("koop.test.db.password"));
    }

    private static void migrates(String url, String user, String password) throws SQLException {
        Flyway before = Flyway.configure().dataSource(url, user, password).cleanDisabled(false).target("16").load();
        before.clean();
        before.migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO network (id, name, sort_name, region, admission, version)"
                    + " VALUES ('" + NETWORK + "', 'Netz', 'netz', 'Leipzig', 'OPEN', 0)");
            insert(sql, INVITATION, "jana@sonnenschein.example\nkatrin@leipzig.example\ninfo@diakonie.example",
                    "SENT", 1, 1_700_000_100_000_000L, null);
            insert(sql, REMINDER, "regionalplanung@lwl.example\nsozialplanung@kreis.example", "PENDING", 2, null,
                    "DEADLINE_REMINDER/obligation-1/2027-04-30");
            insert(sql, SINGLE, "a;b@x.example", "FAILED", 8, null, null);

            Flyway.configure().dataSource(url, user, password).load().migrate();

            assertThat(rows(sql, "SELECT recipient, status, attempts, subject, occasion, sent_at_micros FROM outbox"
                    + " ORDER BY subject, recipient")).containsExactly(
                    "info@diakonie.example|SENT|1|" + INVITATION + "|null|1700000100000000",
                    "jana@sonnenschein.example|SENT|1|" + INVITATION + "|null|1700000100000000",
                    "katrin@leipzig.example|SENT|1|" + INVITATION + "|null|1700000100000000",
                    "regionalplanung@lwl.example|PENDING|2|" + REMINDER + "|DEADLINE_REMINDER/obligation-1/2027-04-30|null",
                    "sozialplanung@kreis.example|PENDING|2|" + REMINDER + "|DEADLINE_REMINDER/obligation-1/2027-04-30|null",
                    "a;b@x.example|FAILED|8|" + SINGLE + "|null|null");
            assertThat(rows(sql, "SELECT recipient FROM outbox WHERE id = '" + INVITATION + "'"))
                    .containsExactly("jana@sonnenschein.example");
            assertThat(rows(sql, "SELECT COUNT(DISTINCT id) FROM outbox")).containsExactly("6");
            assertThatThrownBy(() -> sql.executeUpdate(copy("00000000-0000-0000-0000-000000000004", REMINDER,
                    "sozialplanung@kreis.example"))).isInstanceOf(SQLException.class);
            sql.executeUpdate(copy("00000000-0000-0000-0000-000000000005", REMINDER, "info@kreis.example"));
        }
    }

    /** A row as version 16 wrote it: recipients one per line; its subject is its id, to tell the copies apart. */
    private static void insert(Statement sql, String id, String recipients, String status, int attempts, Long sentAt,
                               String occasion) throws SQLException {
        sql.executeUpdate(("INSERT INTO outbox (id, network_id, kind, recipients, subject, text_body, html_body, status,"
                + " attempts, created_at_micros, next_attempt_at_micros, last_error, sent_at_micros, attachments, occasion)"
                + " VALUES ('%s', '%s', 'MEETING_INVITATION', CONCAT('%s', ''), '%s', 'Guten Tag', '<p>Guten Tag</p>', '%s', %d,"
                + " 1700000000000000, 1700000000000000, NULL, %s, NULL, %s)").formatted(id, NETWORK,
                recipients.replace("\n", "', CHAR(10), '"), id, status, attempts, sentAt,
                occasion == null ? "NULL" : "'" + occasion + "'"));
    }

    private static String copy(String id, String of, String recipient) {
        return ("INSERT INTO outbox (id, network_id, kind, recipient, subject, text_body, html_body, status, attempts,"
                + " created_at_micros, next_attempt_at_micros, occasion) SELECT '%s', network_id, kind, '%s', subject,"
                + " text_body, html_body, status, attempts, created_at_micros, next_attempt_at_micros, occasion"
                + " FROM outbox WHERE id = '%s'").formatted(id, recipient, of);
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
