package de.koop.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, committed when the work returns and rolled back when it
 * throws. For the use cases that commit as they go: the reminder sweep, a round at a time, so that a
 * sweep over everything neither holds one huge transaction open nor loses all it did to one failure;
 * the outbox dispatcher, whose claims must not stay open while it sends. Every store of the adapter joins the
 * transaction running on the calling thread, and nested work joins it too. Implementations must pass
 * {@code TransactionsContract} from the application test-jar.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
