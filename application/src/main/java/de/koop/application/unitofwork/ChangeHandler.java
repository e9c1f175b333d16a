package de.koop.application.unitofwork;

import de.koop.application.change.Change;

/**
 * What follows changes, within the use case's transaction, whichever adapter stores them: one handler per
 * effect (network stamps, record dates, reminder wake-ups, the audit trail).
 */
public interface ChangeHandler {

    /**
     * A change was recorded, before its write; {@code firstOfItsNetwork} when it is of a network's data
     * ({@link Change.Kind#networkData()}) and no earlier change of the run was of that network's data.
     */
    default void recorded(Change change, boolean firstOfItsNetwork) {
    }

    /** The use case returned; its changes are not yet committed and commit with what this writes. */
    default void completed(Work work) {
    }
}
