package de.koop.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import de.koop.domain.shared.NetworkId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A save that asks for a look while a sweep's round holds its subject must not be overwritten by
 * the round's schedule, or the subject would not be looked at again until its next change.
 */
@MicronautTest(environments = "mariadb", transactional = false, startApplication = false)
class ReminderWakeupsLockingOnMariaDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    JdbcStores stores;

    @Inject
    JdbcReminderWakeups wakeups;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aWakeUpDuringARoundWaitsForItAndThenStands() throws Exception {
        stores.emptyAll();
        Subject body = new Subject(Kind.BODY, UUID.randomUUID(), NetworkId.newId());
        wakeups.wakeAtNextSweep(body);

        CompletableFuture<Void> wokenMeanwhile = new CompletableFuture<>();
        transactions.executeWrite(round -> {
            assertThat(wakeups.dueBy(TODAY, 10)).containsExactly(body);
            // a save in another transaction, while the round still holds the subject
            CompletableFuture.runAsync(() -> transactions.executeWrite(save -> {
                wakeups.wakeAtNextSweep(body);
                return null;
            })).whenComplete((done, failed) -> {
                if (failed != null) {
                    wokenMeanwhile.completeExceptionally(failed);
                } else {
                    wokenMeanwhile.complete(null);
                }
            });
            pause();
            assertThat(wokenMeanwhile).as("the save waits for the round").isNotDone();
            wakeups.schedule(Map.of(body, Optional.empty()), "rules 1, lead 30");
            return null;
        });
        wokenMeanwhile.get(10, TimeUnit.SECONDS);

        assertThat(wakeups.dueBy(TODAY, 10)).as("the save's wake-up stands").containsExactly(body);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
