package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The transaction the in-memory stores join, as the JDBC stores join the database's: what they write
 * while one runs on this thread is undone, newest first, when the work throws. Nested work joins the
 * running transaction. It gives atomicity only: writers must still run one at a time (the use cases'
 * write lock in bootstrap sees to that), and a reader on another thread may see a write that is
 * undone later.
 */
public final class InMemoryTransactions implements Transactions {

    private static final ThreadLocal<Deque<Runnable>> UNDO = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (UNDO.get() != null) {
            return work.get();
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        UNDO.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo.forEach(Runnable::run);
            throw e;
        } finally {
            UNDO.remove();
        }
    }

    /** Called before a store changes or adds the entry of {@code key}: a failing transaction puts it back. */
    static <K, V> void beforeWriting(Map<K, V> map, K key) {
        Deque<Runnable> undo = UNDO.get();
        if (undo != null) {
            V before = map.get(key);
            undo.push(() -> {
                if (before == null) {
                    map.remove(key);
                } else {
                    map.put(key, before);
                }
            });
        }
    }

    /** Called before a store changes any number of entries of {@code map}: a failing transaction restores all. */
    static <K, V> void beforeWritingAll(Map<K, V> map) {
        Deque<Runnable> undo = UNDO.get();
        if (undo != null) {
            Map<K, V> before = new HashMap<>(map);
            undo.push(() -> {
                map.clear();
                map.putAll(before);
            });
        }
    }

    /** Called after a store appended {@code element} to {@code list}: a failing transaction removes it. */
    static <E> void afterAppending(List<E> list, E element) {
        Deque<Runnable> undo = UNDO.get();
        if (undo != null) {
            undo.push(() -> list.remove(element));
        }
    }
}
