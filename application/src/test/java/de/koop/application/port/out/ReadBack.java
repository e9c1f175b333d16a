package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads an aggregate back as a whole: every field, children and their order included, so that a field
 * a store forgets to write (on create or on update), or a list it reads in another order, is caught,
 * also a field added to the aggregate after the contract was written.
 */
final class ReadBack {

    private ReadBack() {
    }

    /**
     * Asserts that {@code found} holds what {@code given} held when it was saved, field by field, and
     * that its optimistic-locking counter (the field {@code counter}) stands at {@code expected}.
     */
    static <A> void sameAsGiven(A found, A given, String counter, long expected) {
        assertThat(found).usingRecursiveComparison().ignoringFields(counter).isEqualTo(given);
        assertThat(found).extracting(counter).isEqualTo(expected);
    }

    /**
     * Saves {@code given} and asserts that both what the save returned and what is found afterwards hold
     * what was given, the counter at {@code expected}. Returns the found copy, to change further: a test
     * that went on with the save's return value would compare a store's reading with itself.
     */
    static <A> A saved(A given, UnaryOperator<A> save, Function<A, Optional<A>> find, String counter,
                       long expected) {
        A returned = save.apply(given);
        sameAsGiven(returned, given, counter, expected);
        A found = find.apply(given).orElseThrow();
        sameAsGiven(found, given, counter, expected);
        return found;
    }
}
