package de.koop.application.access;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Work koop starts on its own (data loaded at start, the first administrator, scheduled sweeps) acts as
 * {@link Actor#system()} while it runs on this thread; any other call acts as the driving adapter says.
 */
public final class SystemJobs implements CurrentActor {

    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final CurrentActor adapter;

    /** @param adapter who acts outside koop's own jobs */
    public SystemJobs(CurrentActor adapter) {
        this.adapter = Objects.requireNonNull(adapter);
    }

    @Override
    public Actor actor() {
        return Boolean.TRUE.equals(RUNNING.get()) ? Actor.system() : adapter.actor();
    }

    /** Runs koop's own work as the system actor. */
    public static <T> T run(Supplier<T> job) {
        Boolean before = RUNNING.get();
        RUNNING.set(true);
        try {
            return job.get();
        } finally {
            if (before == null) {
                RUNNING.remove();
            }
        }
    }

    /** Runs koop's own work as the system actor. */
    public static void run(Runnable job) {
        run(() -> {
            job.run();
            return null;
        });
    }
}
