package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;

/**
 * Sends a message again that the outbox parked as failed: an administrator any message, a network's
 * coordinators their network's messages (once the mail server is back, or the address was corrected elsewhere).
 */
public interface RetryNotificationUseCase {

    /**
     * Puts the failed message back into the queue, due at once, with a fresh count of attempts.
     *
     * @throws NotFoundException when there is no such notification
     * @throws de.koop.domain.shared.RuleViolationException when it has not failed
     */
    @Command(Permission.ADMINISTER)
    Notification retry(NotificationId id);

    /**
     * As {@link #retry}, for a message of the network.
     *
     * @throws NotFoundException when the network has no such notification
     * @throws de.koop.domain.shared.RuleViolationException when it has not failed
     */
    @Command(Permission.COORDINATE)
    Notification retryInNetwork(NetworkId networkId, NotificationId id);
}
