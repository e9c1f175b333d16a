package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.network.Network;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the transaction a use case runs in must do on every adapter ({@link StoreSet#transactions()}, and
 * the {@link Transactions} port the sweep and the outbox use): keep what the work wrote when it returns,
 * take all of it back when it throws, let nested work join, and keep the transactions of two threads
 * apart. The stores' own contracts check, store by store, that each write joins it.
 */
public abstract class TransactionsContract {

    /** The stores this contract needs: one store to write to, and the transaction. */
    public interface Stores extends StoreSet {
        Networks networks();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    private boolean stored(Network network) {
        return stores().networks().findById(network.getId()).isPresent();
    }

    @Test
    void keepsWhatTheWorkWroteAndReturnsWhatItReturned() {
        Network leipzig = Fixtures.network("Leipziger Kooperation Pflege");

        String result = stores().transactions().inTransaction(() -> {
            stores().networks().save(leipzig);
            return "gespeichert";
        });

        assertThat(result).isEqualTo("gespeichert");
        assertThat(stored(leipzig)).isTrue();
    }

    @Test
    void takesBackWhatTheWorkWroteAndThrowsWhatItThrew() {
        Network leipzig = Fixtures.network("Leipziger Kooperation Pflege");
        IllegalStateException refused = new IllegalStateException("Regel verletzt");

        assertThatThrownBy(() -> stores().transactions().inTransaction(() -> {
            stores().networks().save(leipzig);
            throw refused;
        })).isSameAs(refused);

        assertThat(stored(leipzig)).isFalse();
    }

    @Test
    void anErrorTakesTheWorkBackToo() {
        Network leipzig = Fixtures.network("Leipziger Kooperation Pflege");

        assertThatThrownBy(() -> stores().transactions().inTransaction(() -> {
            stores().networks().save(leipzig);
            throw new StackOverflowError("zu tief");
        })).isInstanceOf(StackOverflowError.class);

        assertThat(stored(leipzig)).isFalse();
    }

    @Test
    void nestedWorkJoinsTheRunningTransactionAndIsTakenBackWithIt() {
        Network outer = Fixtures.network("Kooperation Eingliederungshilfe");
        Network inner = Fixtures.network("Leipziger Kooperation Pflege");

        assertThatThrownBy(() -> stores().transactions().inTransaction(() -> {
            stores().networks().save(outer);
            stores().transactions().inTransaction(() -> stores().networks().save(inner));
            throw new IllegalStateException("danach gescheitert");
        })).hasMessage("danach gescheitert");

        assertThat(stored(outer)).isFalse();
        assertThat(stored(inner)).as("written by nested work that returned, in the transaction that failed").isFalse();
    }

    @Test
    void aFailedTransactionTakesBackOnlyItsOwnWork() {
        Network before = Fixtures.network("Kooperation Eingliederungshilfe");
        Network failed = Fixtures.network("Leipziger Kooperation Pflege");
        Network after = Fixtures.network("Integrierte Sozialplanung Nordsachsen");
        stores().transactions().inTransaction(() -> stores().networks().save(before));

        assertThatThrownBy(() -> stores().transactions().inTransaction(() -> {
            stores().networks().save(failed);
            throw new IllegalStateException("gescheitert");
        })).hasMessage("gescheitert");
        stores().transactions().inTransaction(() -> stores().networks().save(after));

        assertThat(stored(before)).isTrue();
        assertThat(stored(failed)).isFalse();
        assertThat(stored(after)).isTrue();
    }

    @Test
    void theTransactionsOfTwoThreadsAreApart() throws Exception {
        Network failing = Fixtures.network("Leipziger Kooperation Pflege");
        Network committing = Fixtures.network("Kooperation Eingliederungshilfe");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // the other thread writes first, this one commits while the other is still open, then the other fails
            Future<?> other = pool.submit(() -> stores().transactions().inTransaction(() -> {
                stores().networks().save(failing);
                written.countDown();
                await(committed);
                throw new IllegalStateException("der andere scheitert");
            }));
            await(written);
            stores().transactions().inTransaction(() -> stores().networks().save(committing));
            committed.countDown();

            assertThatThrownBy(other::get).hasRootCauseMessage("der andere scheitert");
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored(committing)).isTrue();
        assertThat(stored(failing)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other thread got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
