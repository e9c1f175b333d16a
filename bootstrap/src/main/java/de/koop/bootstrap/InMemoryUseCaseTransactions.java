package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory stores have no transactions, so changing use cases run one at a time: what one of
 * them read cannot be changed by another before it has saved (the isolation a database gives).
 */
@Singleton
@Requires(property = "koop.persistence", value = "inmemory")
class InMemoryUseCaseTransactions implements UseCaseTransactions {

    private final ReentrantLock writes = new ReentrantLock();

    @Override
    public <T> T run(boolean readOnly, Supplier<T> useCase) {
        if (readOnly) {
            return useCase.get();
        }
        writes.lock();
        try {
            return useCase.get();
        } finally {
            writes.unlock();
        }
    }
}
