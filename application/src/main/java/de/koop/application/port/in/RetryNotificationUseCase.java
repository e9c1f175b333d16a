package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.NotificationId;

/** An administrator sends a message again that the outbox parked as failed. */
public interface RetryNotificationUseCase {

    /**
     * Puts the failed message back into the queue, due at once, with a fresh count of attempts.
     *
     * @throws NotFoundException when there is no such notification
     * @throws de.koop.domain.shared.RuleViolationException when it has not failed
     */
    @Command(Permission.ADMINISTER)
    Notification retry(NotificationId id);
}
