package de.koop.application.port.out;

import de.koop.application.change.Bookkeeping;
import de.koop.application.change.Reads;

import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * When the reminder sweep must next look at each agreement, obligation and body. A save asks for a look at
 * the next sweep ({@link #wakeAtNextSweep}); the sweep, having applied the rules, sets the day from which to look
 * again ({@link #schedule}), or none when only a change can bring a new reminder. So a sweep reads what
 * is due, not every network's data. Implementations must pass {@code ReminderWakeupsContract} from the
 * application test-jar.
 */
public interface ReminderWakeups {

    /** What a reminder can be about. */
    enum Kind {
        AGREEMENT,
        OBLIGATION,
        BODY
    }

    /** One agreement, obligation or body, by its id, with its network. */
    record Subject(Kind kind, UUID id, NetworkId networkId) {
        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(networkId, "networkId");
        }
    }

    /** The subject was written: the next sweep looks at it, whatever was scheduled. */
    @Bookkeeping
    void wakeAtNextSweep(Subject subject);

    /**
     * Something all of a network's reminders depend on changed (its coordination, a partner's address):
     * the next sweep looks at each of its subjects.
     */
    @Bookkeeping
    void wakeNetworkAtNextSweep(NetworkId networkId);

    /**
     * The subjects to look at on {@code day}: those woken and those scheduled for it or before, at most
     * {@code limit}, in a stable order (so that a sweep that schedules each one it took gets the rest next).
     * On a database they stay locked until the caller's transaction ends, so that a wake-up asked for meanwhile
     * waits and then stands (see {@link #schedule}).
     */
    @Reads
    List<Subject> dueBy(LocalDate day, int limit);

    /**
     * After a look, in the transaction that took the subjects from {@link #dueBy}: the day to look at each
     * subject again, or empty for not until it is woken again, worked out under {@code rules}.
     */
    @Bookkeeping
    void schedule(Map<Subject, Optional<LocalDate>> next, String rules);

    /**
     * Asks for a look at every subject whose next look was worked out under other rules than {@code rules}
     * (the lead was changed, or the rules themselves): its day may have moved.
     */
    @Bookkeeping
    void wakeIfScheduledUnderOtherRules(String rules);
}
