package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.port.out.ReminderWakeups;
import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import java.util.Objects;

/** Asks the next reminder sweep to look at what a change may have given a new reminder. */
public final class ReminderWakeupHandler implements ChangeHandler {

    private final ReminderWakeups wakeups;

    public ReminderWakeupHandler(ReminderWakeups wakeups) {
        this.wakeups = Objects.requireNonNull(wakeups);
    }

    @Override
    public void completed(Work work) {
        work.changes().forEach(this::wake);
    }

    private void wake(Change change) {
        switch (change.kind()) {
            // reminders go to the coordination and to partners' addresses: all of a network's may change
            case NETWORK, PARTNER -> wakeups.wakeNetworkAtNextSweep(change.networkId().orElseThrow());
            case AGREEMENT -> touch(Kind.AGREEMENT, change);
            case OBLIGATION -> touch(Kind.OBLIGATION, change);
            case BODY -> touch(Kind.BODY, change);
            // a meeting planned or held changes when its body must meet next
            case MEETING -> wakeups.wakeAtNextSweep(new Subject(Kind.BODY, change.partOf().orElseThrow(),
                    change.networkId().orElseThrow()));
            case DECLARATION, NOTIFICATION, USER, SESSION -> {
            }
        }
    }

    private void touch(Kind kind, Change change) {
        wakeups.wakeAtNextSweep(new Subject(kind, change.id(), change.networkId().orElseThrow()));
    }
}
