package de.koop.application.port.out;

import java.util.function.Supplier;

/**
 * The transactions of the configured stores, the one abstraction for them: each use case runs in one
 * ({@link de.koop.application.usecase.UseCaseBoundary}), committed when the work returns and rolled back
 * when it throws. The use cases that commit as they go use it directly: the reminder sweep, a round at
 * a time, so that a sweep over everything neither holds one huge transaction open nor loses all it did
 * to one failure; the outbox dispatcher, whose claims must not stay open while it sends. Implementations must
 * pass {@code TransactionsContract} from the application test-jar.
 */
public interface Transactions {

    /** Runs work that may write in a transaction; nested work joins the running one. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs work that only reads; a store may run it without a transaction of its own. */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * A transaction for work taken from a queue with {@code FOR UPDATE SKIP LOCKED}. On a database it
     * runs at READ COMMITTED: at REPEATABLE READ, MariaDB's gap locks of two instances' claims deadlock.
     */
    default <T> T queueWork(Supplier<T> work) {
        return inTransaction(work);
    }
}
