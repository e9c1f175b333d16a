package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Outbox;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.NotificationId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** {@link Outbox} on a relational database: appended in the use case's transaction. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcOutbox implements Outbox {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAtMicros"), Sort.Order.asc("id"));

    private static final int OCCASIONS_PER_QUERY = 500;

    private final OutboxRowRepository rows;
    private final OutboxRowMapper mapper;
    private final InstantMicros micros;

    JdbcOutbox(OutboxRowRepository rows, OutboxRowMapper mapper, InstantMicros micros) {
        this.rows = rows;
        this.mapper = mapper;
        this.micros = micros;
    }

    @Override
    @Transactional
    public Notification append(Notification notification) {
        if (rows.existsById(notification.id().toString())) {
            throw new IllegalStateException("notification " + notification.id() + " is in the outbox already");
        }
        // and the unique index on occasion and recipient, for two transactions appending at once
        if (notification.occasion().isPresent() && !produced(List.of(notification.occasion().get())).isEmpty()) {
            throw new IllegalStateException("occasion " + notification.occasion().get().key() + " has a message already");
        }
        rows.save(mapper.toRow(notification));
        return notification;
    }

    @Override
    @Transactional
    public List<Notification> appendAll(List<Notification> notifications) {
        List<String> ids = notifications.stream().map(n -> n.id().toString()).toList();
        List<Occasion> occasions = notifications.stream().flatMap(n -> n.occasion().stream()).toList();
        List<String> occasionsAndRecipients = notifications.stream().filter(n -> n.occasion().isPresent())
                .map(n -> n.occasion().get().key() + "\n" + n.recipient()).toList();
        if (new HashSet<>(ids).size() < ids.size() || !IdChunks.read(ids, rows::findIdByIdInList).isEmpty()) {
            throw new IllegalStateException("a notification of " + ids.size() + " is in the outbox already");
        }
        if (new HashSet<>(occasionsAndRecipients).size() < occasionsAndRecipients.size()
                || !produced(occasions).isEmpty()) {
            throw new IllegalStateException("an occasion of " + occasions.size() + " has a message already");
        }
        // one batch of inserts
        rows.saveAll(notifications.stream().map(mapper::toRow).toList());
        return List.copyOf(notifications);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Occasion> produced(Collection<Occasion> occasions) {
        List<String> keys = occasions.stream().map(Occasion::key).distinct().toList();
        Set<Occasion> produced = new HashSet<>();
        // chunks keep the IN list within what every database and driver takes
        for (int from = 0; from < keys.size(); from += OCCASIONS_PER_QUERY) {
            rows.findOccasionByOccasionInList(keys.subList(from, Math.min(keys.size(), from + OCCASIONS_PER_QUERY)))
                    .forEach(key -> produced.add(Occasion.ofKey(key)));
        }
        return produced;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> mentioning(Collection<String> values) {
        java.util.Map<String, Notification> found = new java.util.LinkedHashMap<>();
        for (String value : values) {
            String pattern = "%" + value.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            rows.findMentioning(pattern).forEach(row -> found.putIfAbsent(row.id(), mapper.toDomain(row)));
        }
        return List.copyOf(found.values());
    }

    @Override
    @Transactional
    public void replaceRedacted(Notification redacted) {
        OutboxRow row = mapper.toRow(redacted);
        if (rows.updateContent(row.id(), row.recipient(), row.subject(), row.textBody(), row.htmlBody(),
                row.lastError(), row.attachments()) == 0) {
            throw new IllegalStateException("notification " + redacted.id() + " is not in the outbox");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Notification> findById(NotificationId id) {
        return rows.findById(id.toString()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Notification> page(Optional<Notification.Status> status, PageRequest request) {
        Pageable pageable = Pageable.from(request.page(), request.size(), NEWEST_FIRST);
        io.micronaut.data.model.Page<OutboxRow> page = status
                .map(s -> rows.findByStatus(s.name(), pageable))
                .orElseGet(() -> rows.findAll(pageable));
        return Page.of(page.getContent().stream().map(mapper::toDomain).toList(), request, page.getTotalSize());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Notification> pageOfNetwork(NetworkId networkId, Optional<Notification.Status> status,
                                            PageRequest request) {
        Pageable pageable = Pageable.from(request.page(), request.size(), NEWEST_FIRST);
        io.micronaut.data.model.Page<OutboxRow> page = status
                .map(s -> rows.findByNetworkIdAndStatus(networkId.toString(), s.name(), pageable))
                .orElseGet(() -> rows.findByNetworkId(networkId.toString(), pageable));
        return Page.of(page.getContent().stream().map(mapper::toDomain).toList(), request, page.getTotalSize());
    }

    @Override
    @Transactional
    public List<Notification> claimDue(Instant at, int limit, Instant until) {
        List<OutboxRow> due = rows.claimDue(micros.micros(at), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        long untilMicros = micros.micros(until);
        rows.lease(due.stream().map(OutboxRow::id).toList(), untilMicros);
        Instant leasedUntil = InstantMicros.instant(untilMicros);
        return due.stream().map(mapper::toDomain).map(n -> n.leased(leasedUntil)).toList();
    }

    /** One statement: outside a transaction it commits on its own, without the round trips of opening one. */
    @Override
    public boolean record(Notification claimed, Notification next) {
        // the delivery state only: no row of the whole message (its attachments encoded) for each mail
        return rows.recordClaimed(next.id().toString(), micros.micros(claimed.nextAttemptAt()), next.status().name(),
                next.attempts(), micros.micros(next.nextAttemptAt()), next.lastError().orElse(null),
                micros.micros(next.sentAt())) == 1;
    }

    @Override
    @Transactional
    public void update(Notification notification) {
        OutboxRow row = mapper.toRow(notification);
        int changed = rows.updateDelivery(row.id(), row.status(), row.attempts(), row.nextAttemptAtMicros(),
                row.lastError(), row.sentAtMicros());
        if (changed == 0) {
            throw new IllegalStateException("notification " + notification.id() + " is not in the outbox");
        }
    }
}
