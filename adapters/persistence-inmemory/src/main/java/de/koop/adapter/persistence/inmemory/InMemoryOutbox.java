package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link Outbox} in memory: what would be sent, for tests and demos. Every write joins the running
 * {@link InMemoryTransactions}, so that the messages of a use case that fails are undone with its other writes.
 */
public final class InMemoryOutbox implements Outbox {

    private static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::createdAt)
            .reversed().thenComparing(n -> n.id().toString());

    private final ConcurrentMap<NotificationId, Notification> byId = new ConcurrentHashMap<>();

    @Override
    public synchronized Notification append(Notification notification) {
        if (notification.occasion().isPresent() && !produced(List.of(notification.occasion().get())).isEmpty()) {
            throw new IllegalStateException("occasion " + notification.occasion().get().key() + " has a message already");
        }
        if (byId.containsKey(notification.id())) {
            throw new IllegalStateException("notification " + notification.id() + " is in the outbox already");
        }
        InMemoryTransactions.beforeWriting(byId, notification.id());
        byId.put(notification.id(), notification);
        return notification;
    }

    @Override
    public synchronized List<Notification> appendAll(List<Notification> notifications) {
        Set<NotificationId> ids = new HashSet<>();
        Set<String> occasionsAndRecipients = new HashSet<>();
        for (Notification n : notifications) {
            if (byId.containsKey(n.id()) || !ids.add(n.id())) {
                throw new IllegalStateException("notification " + n.id() + " is in the outbox already");
            }
            if (n.occasion().isPresent() && (!occasionsAndRecipients.add(n.occasion().get().key() + "\n" + n.recipient())
                    || !produced(List.of(n.occasion().get())).isEmpty())) {
                throw new IllegalStateException("occasion " + n.occasion().get().key() + " has a message already");
            }
        }
        notifications.forEach(n -> {
            InMemoryTransactions.beforeWriting(byId, n.id());
            byId.put(n.id(), n);
        });
        return List.copyOf(notifications);
    }

    @Override
    public Set<Occasion> produced(Collection<Occasion> occasions) {
        Set<Occasion> wanted = Set.copyOf(occasions);
        return byId.values().stream().flatMap(n -> n.occasion().stream()).filter(wanted::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public List<Notification> mentioning(Collection<String> values) {
        return byId.values().stream().filter(n -> values.stream().anyMatch(v -> mentions(n, v))).toList();
    }

    private static boolean mentions(Notification n, String value) {
        String needle = value.toLowerCase(java.util.Locale.ROOT);
        return n.recipient().value().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || (n.subject() + n.text() + n.html() + n.lastError().orElse("")).toLowerCase(java.util.Locale.ROOT)
                .contains(needle);
    }

    /** The content only, as on a database: a delivery state written meanwhile stays. */
    @Override
    public synchronized void replaceRedacted(Notification redacted) {
        Notification now = byId.get(redacted.id());
        if (now == null) {
            throw new IllegalStateException("notification " + redacted.id() + " is not in the outbox");
        }
        InMemoryTransactions.beforeWriting(byId, now.id());
        byId.put(now.id(), new Notification(now.id(), now.networkId(), now.kind(), redacted.recipient(),
                redacted.subject(), redacted.text(), redacted.html(), redacted.attachments(), now.status(),
                now.attempts(), now.createdAt(), now.nextAttemptAt(), redacted.lastError(), now.sentAt(),
                now.occasion()));
    }

    @Override
    public Optional<Notification> findById(NotificationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Notification> page(Optional<Notification.Status> status, PageRequest request) {
        return page(Optional.empty(), status, request);
    }

    @Override
    public Page<Notification> pageOfNetwork(NetworkId networkId, Optional<Notification.Status> status,
                                            PageRequest request) {
        return page(Optional.of(networkId), status, request);
    }

    private Page<Notification> page(Optional<NetworkId> network, Optional<Notification.Status> status,
                                    PageRequest request) {
        List<Notification> matching = byId.values().stream()
                .filter(n -> network.map(id -> id.equals(n.networkId())).orElse(true))
                .filter(n -> status.map(s -> s == n.status()).orElse(true))
                .sorted(NEWEST_FIRST).toList();
        return Page.of(matching.stream().skip(request.offset()).limit(request.size()).toList(), request,
                matching.size());
    }

    @Override
    public synchronized List<Notification> claimDue(Instant at, int limit, Instant until) {
        List<Notification> claimed = byId.values().stream().filter(n -> n.isDue(at))
                .sorted(Comparator.comparing(Notification::nextAttemptAt).thenComparing(n -> n.id().toString()))
                .limit(limit).map(n -> n.leased(until)).toList();
        claimed.forEach(n -> {
            InMemoryTransactions.beforeWriting(byId, n.id());
            byId.put(n.id(), n);
        });
        return claimed;
    }

    @Override
    public synchronized boolean record(Notification claimed, Notification next) {
        Notification now = byId.get(claimed.id());
        if (now == null || now.status() != Notification.Status.PENDING
                || !now.nextAttemptAt().equals(claimed.nextAttemptAt())) {
            return false;
        }
        InMemoryTransactions.beforeWriting(byId, next.id());
        byId.put(next.id(), next);
        return true;
    }

    @Override
    public synchronized void update(Notification notification) {
        if (!byId.containsKey(notification.id())) {
            throw new IllegalStateException("notification " + notification.id() + " is not in the outbox");
        }
        InMemoryTransactions.beforeWriting(byId, notification.id());
        byId.put(notification.id(), notification);
    }

    /** Forgets every notification. */
    public void clear() {
        byId.clear();
    }
}
