package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.domain.shared.SortKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * A thread-safe map of aggregates with the optimistic locking of the JDBC store: a save succeeds only
 * on the version it was read at, and counts the version up. It keeps copies, so that callers never
 * share mutable aggregates with the store or with each other.
 */
final class VersionedStore<K, A> {

    /** How to read and rebuild one kind of aggregate. */
    interface Kind<K, A> {
        String germanName();

        K id(A aggregate);

        long version(A aggregate);

        String name(A aggregate);

        /** A fresh copy of the aggregate carrying the given version. */
        A copy(A aggregate, long version);
    }

    private final ConcurrentMap<K, A> byId = new ConcurrentHashMap<>();
    private final Kind<K, A> kind;

    VersionedStore(Kind<K, A> kind) {
        this.kind = kind;
    }

    A save(A aggregate) {
        K id = kind.id(aggregate);
        long expected = kind.version(aggregate);
        InMemoryTransactions.beforeWriting(byId, id);
        A stored = byId.compute(id, (key, current) -> {
            long currentVersion = current == null ? -1 : kind.version(current);
            boolean isNew = current == null && expected == 0;
            if (!isNew && currentVersion != expected) {
                throw new VersionConflictException(kind.germanName(), id);
            }
            return kind.copy(aggregate, isNew ? 0 : expected + 1);
        });
        return kind.copy(stored, kind.version(stored));
    }

    Optional<A> findById(K id) {
        return Optional.ofNullable(byId.get(id)).map(a -> kind.copy(a, kind.version(a)));
    }

    /** Those of the given ids that are stored, as copies; the others are left out. */
    List<A> findAllById(Collection<K> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<K> wanted = Set.copyOf(ids);
        return list(a -> wanted.contains(kind.id(a)));
    }

    Page<A> page(Predicate<A> filter, PageRequest request) {
        List<A> matching = sorted(filter);
        List<A> items = matching.stream()
                .skip(request.offset())
                .limit(request.size())
                .map(a -> kind.copy(a, kind.version(a)))
                .toList();
        return Page.of(items, request, matching.size());
    }

    /** Every match, in the order of the real stores: by folded name, then by id. */
    List<A> list(Predicate<A> filter) {
        return sorted(filter).stream().map(a -> kind.copy(a, kind.version(a))).toList();
    }

    private List<A> sorted(Predicate<A> filter) {
        Comparator<A> order = Comparator.comparing((A a) -> SortKey.of(kind.name(a)))
                .thenComparing(a -> kind.id(a).toString());
        return byId.values().stream().filter(filter).sorted(order).toList();
    }

    void clear() {
        byId.clear();
    }

}
