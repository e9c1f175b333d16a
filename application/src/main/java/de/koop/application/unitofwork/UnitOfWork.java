package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.domain.shared.NetworkId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The changes of one use case run, and their handing over to the handlers: each change as it is recorded
 * (before its write) and all of them when the use case returns. The caller runs it inside the use case's
 * transaction, so that the handlers' writes commit or roll back with the changes. A run on a thread that
 * already runs one joins it (one use case calling another).
 */
public final class UnitOfWork implements Changes {

    private final List<ChangeHandler> handlers;
    private final ThreadLocal<Run> current = new ThreadLocal<>();

    public UnitOfWork(List<ChangeHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /**
     * Runs one use case operation as a unit of work; call it inside the operation's transaction.
     *
     * @param operation the use case and its operation, such as {@code RegisterPartnerUseCase.register}
     * @param actor     the id of the signed-in user, or empty for koop itself
     */
    public <T> T run(String operation, Optional<String> actor, Supplier<T> work) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(actor, "actor");
        if (current.get() != null) {
            return work.get();
        }
        Run run = new Run();
        current.set(run);
        try {
            T result = work.get();
            Work done = new Work(operation, actor, new ArrayList<>(run.changes));
            handlers.forEach(handler -> handler.completed(done));
            return result;
        } finally {
            current.remove();
        }
    }

    @Override
    public void record(Change change) {
        Objects.requireNonNull(change, "change");
        Run run = current.get();
        if (run == null) {
            throw new IllegalStateException("A change outside a unit of work: " + change.kind() + " " + change.id());
        }
        if (!run.changes.add(change)) {
            return;
        }
        boolean first = change.kind().networkData() && change.networkId().map(run.networks::add).orElse(false);
        handlers.forEach(handler -> handler.recorded(change, first));
    }

    /** Whether the run on this thread recorded a change of that kind so far (for checks around stores). */
    public boolean recorded(Change.Kind kind) {
        Run run = current.get();
        return run != null && run.changes.stream().anyMatch(change -> change.kind() == kind);
    }

    private static final class Run {
        private final Set<Change> changes = new LinkedHashSet<>();
        /** The networks whose data the run changed. */
        private final Set<NetworkId> networks = new LinkedHashSet<>();
    }
}
