package de.koop.application.port.out;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.notification.Notification;
import de.koop.domain.shared.NotificationId;
import java.util.Optional;

/**
 * The transactional outbox: notifications are appended in the transaction of the change that causes
 * them, and sent from here after commit. Implementations must pass {@code OutboxContract} from the
 * application test-jar.
 */
public interface Outbox {

    /**
     * Appends a notification.
     *
     * @throws IllegalStateException when one with the same id is there already
     */
    Notification append(Notification notification);

    Optional<Notification> findById(NotificationId id);

    /** Every notification, newest first, optionally of one status. */
    Page<Notification> page(Optional<Notification.Status> status, PageRequest request);
}
