package de.koop.bootstrap;

import java.util.function.Supplier;

/** Runs one use case as one transaction of whatever store is configured. */
interface UseCaseTransactions {

    <T> T run(boolean readOnly, Supplier<T> useCase);

    /**
     * A transaction for work taken from a queue with {@code FOR UPDATE SKIP LOCKED}. On a database it
     * runs at READ COMMITTED: at REPEATABLE READ, MariaDB's gap locks of two instances' claims deadlock.
     */
    default <T> T runQueueWork(Supplier<T> work) {
        return run(false, work);
    }
}
