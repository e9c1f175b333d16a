package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import java.util.Optional;

/** Reads the outbox, and shows what each template writes. */
public interface NotificationsQuery {

    /** The outbox, newest first, optionally of one status. */
    @Query(Permission.ADMINISTER)
    Page<Notification> list(Optional<Notification.Status> status, PageRequest request);

    /** @throws NotFoundException when there is no such notification */
    @Query(Permission.ADMINISTER)
    Notification find(NotificationId id);

    /**
     * One network's messages, newest first, optionally of one status: for its coordinators, who see from the
     * failed ones whom koop could not reach. The messages name their recipients and say what they wrote, so
     * members do not read them.
     *
     * @throws NotFoundException when the network does not exist
     */
    @Query(Permission.READ_CONFIDENTIAL)
    Page<Notification> ofNetwork(NetworkId networkId, Optional<Notification.Status> status, PageRequest request);

    /** @throws NotFoundException when the network has no such notification */
    @Query(Permission.READ_CONFIDENTIAL)
    Notification findInNetwork(NetworkId networkId, NotificationId id);

    /** A kind's template rendered with example values, to check its wording. */
    @Query(Permission.ADMINISTER)
    RenderedMessage preview(MessageKind kind);

}
