package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A use case that fails after its stores wrote: the transaction it ran in must take every one of
 * those writes back, and a use case that succeeds must keep them.
 */
final class FailingUseCase {

    /** What the use case throws after its writes, as a refused rule or a lost connection would. */
    static final class Failed extends RuntimeException {
        Failed() {
            super("the use case failed after its writes");
        }
    }

    private FailingUseCase() {
    }

    /** Runs {@code writes} in the adapter's use-case transaction, then fails it. */
    static void run(StoreSet stores, Runnable writes) {
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            writes.run();
            throw new Failed();
        })).isInstanceOf(Failed.class);
    }

    /** Runs {@code writes} in the adapter's use-case transaction, which commits. */
    static void commit(StoreSet stores, Runnable writes) {
        assertThat(stores.transactions().inTransaction(() -> {
            writes.run();
            return "committed";
        })).isEqualTo("committed");
    }
}
