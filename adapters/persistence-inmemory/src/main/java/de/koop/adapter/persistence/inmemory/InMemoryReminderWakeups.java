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

    /** A subject woken for the next sweep is due on any day. */
    private static final LocalDate AT_NEXT_SWEEP = LocalDate.of(1970, 1, 1);

    private record Entry(Subject subject, Optional<LocalDate> wakeOn, Optional<String> rules) {
    }

    private final ConcurrentMap<UUID, Entry> bySubject = new ConcurrentHashMap<>();

    @Override
    public void wakeAtNextSweep(Subject subject) {
        InMemoryTransactions.beforeWriting(bySubject, subject.id());
        bySubject.merge(subject.id(), new Entry(subject, Optional.of(AT_NEXT_SWEEP), Optional.empty()),
                (known, again) -> new Entry(subject, Optional.of(AT_NEXT_SWEEP), known.rules()));
    }

    @Override
    public void wakeNetworkAtNextSweep(NetworkId networkId) {
        InMemoryTransactions.beforeWritingAll(bySubject);
        bySubject.replaceAll((id, entry) -> entry.subject().networkId().equals(networkId)
                ? new Entry(entry.subject(), Optional.of(AT_NEXT_SWEEP), entry.rules()) : entry);
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
    public void wakeIfScheduledUnderOtherRules(String rules) {
        InMemoryTransactions.beforeWritingAll(bySubject);
        bySubject.replaceAll((id, entry) -> entry.rules().filter(rules::equals).isPresent() ? entry
                : new Entry(entry.subject(), Optional.of(AT_NEXT_SWEEP), entry.rules()));
    }

    public void clear() {
        bySubject.clear();
    }
}
