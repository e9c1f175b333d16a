package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Two saves of the same version at the same moment, as two coordinators who read it together would
 * make them: exactly one may win, the other must be refused with {@link VersionConflictException}.
 */
final class ConcurrentSaves {

    /**
     * Races repeat, so that a store which checks the version and writes in two steps is caught: with a
     * database's round trip between the steps, in the first rounds. A gap of nanoseconds (an unguarded
     * map read and then written) may slip through even a hundred rounds.
     */
    static final int ROUNDS = 20;

    private ConcurrentSaves() {
    }

    /**
     * Saves the two copies from two threads at once and asserts that exactly one save succeeded and
     * the other was refused.
     *
     * @return which copy won: 0 for the first, 1 for the second
     */
    static <A> int exactlyOneWins(A first, A second, UnaryOperator<A> save) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> saves = new ArrayList<>();
            for (A copy : List.of(first, second)) {
                saves.add(pool.submit(() -> {
                    start.await();
                    try {
                        save.apply(copy);
                        return true;
                    } catch (VersionConflictException refused) {
                        return false;
                    }
                }));
            }
            boolean firstWon = saves.get(0).get();
            boolean secondWon = saves.get(1).get();
            assertThat(firstWon ^ secondWon).as("exactly one of two saves of the same version wins (first %s, second %s)",
                    firstWon, secondWon).isTrue();
            return firstWon ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@link #ROUNDS} races on one aggregate: each round reads two copies at the stored version,
     * changes each by {@code change} (given the copy and its number, 0 or 1), races their saves, and
     * hands the winner's number to {@code checkWinner}, which asserts that the stored aggregate is
     * the winner's.
     */
    static <A> void raceRounds(java.util.function.Supplier<A> read, java.util.function.BiConsumer<A, Integer> change,
                               UnaryOperator<A> save, Consumer<Integer> checkWinner) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            A first = read.get();
            A second = read.get();
            change.accept(first, 0);
            change.accept(second, 1);
            checkWinner.accept(exactlyOneWins(first, second, save));
        }
    }
}
