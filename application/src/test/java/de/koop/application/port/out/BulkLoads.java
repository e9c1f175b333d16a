package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What every load of many aggregates at once must give, for the contract tests. */
final class BulkLoads {

    private BulkLoads() {
    }

    /**
     * Asserts that {@code found} holds exactly the aggregates of {@code expectedIds}, in any order, each
     * equal field by field, children included, to what {@code findById} gives for it.
     */
    static <I, A> void assertGivesWhatFindByIdGives(List<A> found, Function<I, Optional<A>> findById,
                                                    List<I> expectedIds) {
        List<A> oneByOne = expectedIds.stream().map(id -> findById.apply(id).orElseThrow()).toList();
        assertThat(found).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(oneByOne);
    }
}
