package de.koop.application.port.out;

import de.koop.application.change.Bookkeeping;
import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
     * @throws IllegalStateException when one with the same id is there already, or one for the same
     *         {@link Occasion} (to whomever: an occasion's messages are appended together, with
     *         {@link #appendAll}); the store refuses the same occasion and recipient twice even when two
     *         transactions append them at the same time
     */
    @Writes(Kind.NOTIFICATION)
    Notification append(Notification notification);

    /**
     * Appends several notifications as {@link #append} appends one, with a fixed number of statements
     * however many: all of them, or none when one of them conflicts (with each other or with one there).
     *
     * @throws IllegalStateException as {@link #append}
     */
    @Writes(Kind.NOTIFICATION)
    List<Notification> appendAll(List<Notification> notifications);

    /** The messages whose addresses, subject, text or last error contain any of the values (GDPR export and erasure). */
    @Reads
    List<Notification> mentioning(Collection<String> values);

    /** Replaces a message by its redacted form (GDPR erasure); its id and delivery state stay. */
    @Writes(Kind.NOTIFICATION)
    void replaceRedacted(Notification redacted);

    /** Those of the given occasions that have a message already, to anyone, whatever became of it. */
    @Reads
    Set<Occasion> produced(Collection<Occasion> occasions);

    @Reads
    Optional<Notification> findById(NotificationId id);

    /** Every notification, newest first, optionally of one status. */
    @Reads
    Page<Notification> page(Optional<Notification.Status> status, PageRequest request);

    /** One network's notifications, newest first, optionally of one status. */
    @Reads
    Page<Notification> pageOfNetwork(NetworkId networkId, Optional<Notification.Status> status, PageRequest request);

    /**
     * Claims up to {@code limit} pending notifications due at {@code at}, the longest waiting first, and
     * leases them to the caller until {@code until} ({@link Notification#leased}): written before this
     * returns (in the caller's transaction, which should be short), so that no other dispatcher takes
     * them before the lease ends. A claim by another instance at the same time skips them rather than
     * waiting ({@code FOR UPDATE SKIP LOCKED}). A message whose lease ended without an outcome is due again.
     *
     * @return the claimed notifications, as leased
     */
    @Bookkeeping
    List<Notification> claimDue(Instant at, int limit, Instant until);

    /**
     * Writes what became of a claimed notification (sent, failed, or released unsent), if the claim still
     * holds: it is pending under the same lease ({@code claimed.nextAttemptAt()}). After its lease ended,
     * another dispatcher may have claimed it; then nothing is written. One atomic write, durable when this
     * returns (outside a transaction, a transaction of its own), so that a dispatcher can record each
     * message before it sends the next.
     *
     * @param claimed as {@link #claimDue} returned it
     * @param next    its new delivery state
     * @return whether it was written
     */
    @Bookkeeping
    boolean record(Notification claimed, Notification next);

    /**
     * Writes a notification's new delivery state (status, attempts, next attempt, last error, sent at),
     * whatever it was.
     *
     * @throws IllegalStateException when there is no such notification
     */
    @Writes(Kind.NOTIFICATION)
    void update(Notification notification);
}
