package de.koop.application.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes a service recorded, for tests that call services directly rather than through a unit of work:
 * every change in the order recorded, none handed on.
 */
public final class RecordedChanges implements Changes {

    private final List<Change> recorded = new ArrayList<>();

    @Override
    public void record(Change change) {
        recorded.add(change);
    }

    /** What was recorded so far, in order. */
    public List<Change> all() {
        return List.copyOf(recorded);
    }
}
