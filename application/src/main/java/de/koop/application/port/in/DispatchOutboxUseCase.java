package de.koop.application.port.in;

/** Sends what is due in the outbox; run periodically by every instance. */
public interface DispatchOutboxUseCase {

    /**
     * Claims one batch of due messages, sends each, and records the outcome: sent, to be retried after
     * an exponentially growing wait, or parked as failed after the last attempt. One call is one
     * transaction, so a claimed message is never sent by a second instance.
     *
     * @return how many messages were claimed (0 when nothing is due)
     */
    int dispatchDue();
}
