package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.VersionConflictException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.repository.CrudRepository;

/**
 * The root row of an aggregate that keeps child rows as history: inserted when the aggregate is new,
 * otherwise updated only at the version it was read with. Callers write children after it: the
 * versioned update locks the row, so of two concurrent saves only the winner writes children.
 */
final class RootRow {

    /** The row as written, and whether it was inserted (then there are no stored children yet). */
    record Written<R>(R row, boolean inserted) {
    }

    private RootRow() {
    }

    static <R> Written<R> write(CrudRepository<R, String> rows, R row, String id, long version, String kind,
                                Object aggregateId) {
        if (version == 0 && !rows.existsById(id)) {
            return new Written<>(rows.save(row), true);
        }
        try {
            return new Written<>(rows.update(row), false);
        } catch (OptimisticLockException e) {
            throw new VersionConflictException(kind, aggregateId);
        }
    }
}
