package de.koop.bootstrap;

import de.koop.adapter.persistence.inmemory.InMemoryTransactions;
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
class InMemoryUseCaseTransactions implements UseCaseTransactions {

    private final ReentrantLock writes = new ReentrantLock();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    public <T> T run(boolean readOnly, Supplier<T> useCase) {
        if (readOnly) {
            return useCase.get();
        }
        writes.lock();
        try {
            return transactions.inTransaction(useCase);
        } finally {
            writes.unlock();
        }
    }
}
