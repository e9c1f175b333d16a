package de.koop.adapter.persistence.inmemory;

import de.koop.application.port.out.ReminderWakeups;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ReminderWakeups} in memory. */
public final class InMemoryReminderWakeups implements ReminderWakeups {

    /** A touched subject is due on any day. */
    private static final LocalDate TOUCHED = LocalDate.of(1970, 1, 1);

    private record Entry(Subject subject, Optional<LocalDate> wakeOn, Optional<String> rules) {
    }

    private final ConcurrentMap<UUID, Entry> bySubject = new ConcurrentHashMap<>();

    @Override
    public void touch(Subject subject) {
        InMemoryTransactions.beforeWriting(bySubject, subject.id());
        bySubject.merge(subject.id(), new Entry(subject, Optional.of(TOUCHED), Optional.empty()),
                (known, touched) -> new Entry(subject, Optional.of(TOUCHED), known.rules()));
    }

    @Override
    public void touchNetwork(NetworkId networkId) {
        InMemoryTransactions.beforeWritingAll(bySubject);
        bySubject.replaceAll((id, entry) -> entry.subject().networkId().equals(networkId)
                ? new Entry(entry.subject(), Optional.of(TOUCHED), entry.rules()) : entry);
    }

    @Override
    public List<Subject> dueBy(LocalDate day, int limit) {
        return bySubject.values().stream()
                .filter(e -> e.wakeOn().filter(wake -> !wake.isAfter(day)).isPresent())
                .sorted(Comparator.comparing((Entry e) -> e.wakeOn().orElseThrow())
                        .thenComparing(e -> e.subject().id().toString()))
                .limit(limit).map(Entry::subject).toList();
    }

    @Override
    public void schedule(Map<Subject, Optional<LocalDate>> next, String rules) {
        InMemoryTransactions.beforeWritingAll(bySubject);
        next.forEach((subject, wakeOn) -> bySubject.put(subject.id(), new Entry(subject, wakeOn, Optional.of(rules))));
    }

    @Override
    public void touchUnlessScheduledUnder(String rules) {
        InMemoryTransactions.beforeWritingAll(bySubject);
        bySubject.replaceAll((id, entry) -> entry.rules().filter(rules::equals).isPresent() ? entry
                : new Entry(entry.subject(), Optional.of(TOUCHED), entry.rules()));
    }

    public void clear() {
        bySubject.clear();
    }
}
