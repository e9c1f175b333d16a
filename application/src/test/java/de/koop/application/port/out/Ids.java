package de.koop.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Fresh ids in descending order, for fixtures saved in reverse id order: a store that lists in the
 * order it was written, or breaks ties by anything but the id, then gives an order the contract refuses.
 */
final class Ids {

    private Ids() {
    }

    /** {@code count} fresh ids, the greatest first (ids compare as their text, as every store orders them). */
    static <I> List<I> descending(int count, Function<UUID, I> id) {
        return Stream.generate(UUID::randomUUID).limit(count)
                .sorted(Comparator.comparing(UUID::toString).reversed())
                .map(id).toList();
    }
}
