package de.koop.application.change;

import java.util.List;
import java.util.function.Function;

/**
 * Where a use case records what it changes. It records each change before the write that makes it, in the
 * same call: the unit of work then takes the network's lock before any of the network's records, in one
 * order for every writer (see {@code NetworkStampHandler}).
 */
public interface Changes {

    /**
     * Records a change of the running use case; recording the same change twice counts once.
     *
     * @throws IllegalStateException outside a unit of work (a change no handler would see)
     */
    void record(Change change);

    /** Records a change of each of several records, before they are written together; returns them. */
    default <T> List<T> recordEach(List<T> records, Function<T, Change> change) {
        records.forEach(record -> record(change.apply(record)));
        return records;
    }
}
