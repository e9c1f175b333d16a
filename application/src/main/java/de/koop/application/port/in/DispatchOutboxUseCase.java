package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import java.util.function.BooleanSupplier;

/** Sends what is due in the outbox; run periodically by every instance. */
public interface DispatchOutboxUseCase {

    /**
     * Claims one batch of due messages with a lease, sends each, and records each outcome as soon as it
     * is known, in a transaction of its own: sent, to be retried after an exponentially growing wait, or
     * parked as failed after the last attempt. Once {@code proceed} says no (the instance stops), it
     * starts no further message, lets those in flight finish, and gives the rest back. A crash loses
     * nothing: the messages it held are due again when their lease ends, and only those in flight at the
     * crash can have reached the server twice.
     *
     * @return how many messages were claimed (0 when nothing is due)
     */
    @Command(Permission.ADMINISTER)
    int dispatchDue(BooleanSupplier proceed);
}
