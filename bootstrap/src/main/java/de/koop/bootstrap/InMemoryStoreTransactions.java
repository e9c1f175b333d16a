package de.koop.bootstrap;

import de.koop.adapter.persistence.inmemory.InMemoryTransactions;
import de.koop.application.port.out.Transactions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory stores' transactions: changing use cases run one at a time, so that what one of them
 * read cannot be changed by another before it has saved (the isolation a database gives), and what a
 * failing one wrote is undone (the rollback a database gives).
 */
@Singleton
@Requires(property = "koop.persistence", value = "inmemory")
class InMemoryStoreTransactions implements Transactions {

    private final ReentrantLock writes = new ReentrantLock();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        writes.lock();
        try {
            return transactions.inTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return work.get();
    }
}
