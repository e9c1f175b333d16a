package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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

    /**
     * A use case that saves {@code changed} over {@code kept} (stored at counter 0) and saves the new
     * {@code added}, then fails: afterwards the store holds {@code kept} as it was and nothing of
     * {@code added}. The same change in a use case that succeeds is kept, at counter 1.
     */
    static <A, I> void undoesSaves(StoreSet stores, Function<A, I> idOf, Function<I, Optional<A>> findById,
                                   UnaryOperator<A> save, String counter, A kept, A changed, A added) {
        run(stores, () -> {
            save.apply(changed);
            save.apply(added);
        });

        assertThat(findById.apply(idOf.apply(added))).isEmpty();
        ReadBack.sameAsGiven(findById.apply(idOf.apply(kept)).orElseThrow(), kept, counter, 0);
        commit(stores, () -> save.apply(changed));
        ReadBack.sameAsGiven(findById.apply(idOf.apply(kept)).orElseThrow(), changed, counter, 1);
    }
}
