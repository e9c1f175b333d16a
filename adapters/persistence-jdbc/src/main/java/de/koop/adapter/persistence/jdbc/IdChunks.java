package de.koop.adapter.persistence.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Reads rows by many ids with {@code ... IN (...)} statements of at most {@value #SIZE} ids each, so
 * that a large list stays within what every driver accepts while the number of statements still does
 * not grow with each row.
 */
final class IdChunks {

    /** The most ids one statement binds. */
    static final int SIZE = 1_000;

    private IdChunks() {
    }

    /**
     * The rows the query finds for the given ids, one statement per {@value #SIZE} distinct ids and none
     * for no ids. Rows of one id all come from the same statement, so their order within it is kept.
     */
    static <R> List<R> read(Collection<String> ids, Function<List<String>, List<R>> query) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() <= SIZE) {
            return distinct.isEmpty() ? List.of() : query.apply(distinct);
        }
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(from + SIZE, distinct.size()))));
        }
        return rows;
    }

    /** The typed ids as the text the id columns hold. */
    static List<String> texts(Collection<?> ids) {
        return ids.stream().map(Object::toString).toList();
    }
}
