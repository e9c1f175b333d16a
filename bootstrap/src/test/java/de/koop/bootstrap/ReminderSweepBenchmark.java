package de.koop.bootstrap;

import de.koop.application.port.in.SendRemindersUseCase;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reminder sweep over the dataset of {@code ./koop generate} (database {@code koop_bench}).
 * Not part of the test suite (the name does not end in Test): {@code ./koop bench sweep} runs it and
 * appends its figures to {@code BENCHMARKS.md}. It first asks for a look at every subject, as after the
 * migration that brought the wakeups, and empties the outbox; then sweeps on 23.11.2026 (the first
 * sweep: everything), again the same day (an hourly repeat), and once on each of the next 365 days.
 * Target: a sweep over 100,000 agreements within 1 s.
 */
class ReminderSweepBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);
    private static final int DAYS = 365;

    @Test
    void sweepDayByDay() throws IOException {
        try (RunningKoop koop = RunningKoop.start(Map.of(
                "datasources.default.url", System.getProperty("koop.bench.db.url",
                        "jdbc:mariadb://127.0.0.1:3306/koop_bench"),
                "datasources.default.username", "koop", "datasources.default.password", "koop"))) {
            SendRemindersUseCase reminders = koop.context().getBean(SendRemindersUseCase.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = koop.context().getBean(TransactionOperations.class);
            long agreements = tx.executeWrite(status -> {
                try (Statement statement = status.getConnection().createStatement()) {
                    statement.executeUpdate("UPDATE reminder_wakeup SET wake_on = DATE '1970-01-01'");
                    statement.executeUpdate("DELETE FROM outbox");
                    return count(statement, "SELECT COUNT(*) FROM agreement");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Sweep first = sweep(reminders, tx, FIRST_DAY);
            Sweep repeat = sweep(reminders, tx, FIRST_DAY);
            List<Sweep> daily = new ArrayList<>();
            for (int d = 1; d <= DAYS; d++) {
                daily.add(sweep(reminders, tx, FIRST_DAY.plusDays(d)));
            }
            List<Long> millis = new ArrayList<>(daily.stream().map(Sweep::millis).toList());
            Collections.sort(millis);
            Sweep slowest = daily.stream().max((a, b) -> Long.compare(a.millis(), b.millis())).orElseThrow();
            String when = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            String machine = Runtime.getRuntime().availableProcessors() + " cores";
            String options = "surefire JVM, " + System.getProperty("java.version");
            List<String> lines = List.of(
                    row(when, "reminder sweep, first (every subject)", agreements, first, machine, options),
                    row(when, "reminder sweep, repeated the same day", agreements, repeat, machine, options),
                    "| %s | reminder sweep, each of the next %d days (%,d agreements) | median %d ms, 90th percentile %d ms, 99th %d ms, slowest %d ms on %s (%,d looked at, %,d written); %d days over 1 s; %,d written in all | – | %s | %s |"
                            .formatted(when, DAYS, agreements, percentile(millis, 50), percentile(millis, 90),
                                    percentile(millis, 99), slowest.millis(), slowest.day(), slowest.lookedAt(),
                                    slowest.written(), millis.stream().filter(m -> m > 1000).count(),
                                    daily.stream().mapToInt(Sweep::written).sum(), machine, options));
            Path results = Path.of(System.getProperty("koop.bench.results", "../BENCHMARKS.md"));
            for (String line : lines) {
                System.out.println(line);
                Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.APPEND);
            }
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private record Sweep(LocalDate day, long millis, long lookedAt, int written) {
    }

    private static String row(String when, String what, long agreements, Sweep sweep, String machine, String options) {
        return "| %s | %s (%,d agreements) | %,d ms on %s (%,d looked at, %,d written) | – | %s | %s |".formatted(when,
                what, agreements, sweep.millis(), sweep.day(), sweep.lookedAt(), sweep.written(), machine, options);
    }

    private static Sweep sweep(SendRemindersUseCase reminders, TransactionOperations<Connection> tx, LocalDate day) {
        long due = tx.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM reminder_wakeup WHERE wake_on <= ?")) {
                statement.setObject(1, day);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();
        int written = reminders.sweep(day);
        return new Sweep(day, (System.nanoTime() - started) / 1_000_000, due, written);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
