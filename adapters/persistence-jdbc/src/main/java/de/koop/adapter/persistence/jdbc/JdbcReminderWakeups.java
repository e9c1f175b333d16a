package de.koop.adapter.persistence.jdbc;

import de.koop.application.port.out.ReminderWakeups;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ReminderWakeups} in the {@code reminder_wakeup} table, written in the transaction of the save or sweep. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcReminderWakeups implements ReminderWakeups {

    /** A subject woken for the next sweep is due on any day. */
    private static final LocalDate AT_NEXT_SWEEP = LocalDate.of(1970, 1, 1);

    private final ReminderWakeupRowRepository rows;

    JdbcReminderWakeups(ReminderWakeupRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void wakeAtNextSweep(Subject subject) {
        rows.wake(subject.id().toString(), subject.kind().name(), subject.networkId().toString(), AT_NEXT_SWEEP);
    }

    @Override
    @Transactional
    public void wakeNetworkAtNextSweep(NetworkId networkId) {
        rows.wakeNetwork(networkId.toString(), AT_NEXT_SWEEP);
    }

    @Override
    @Transactional
    public List<Subject> dueBy(LocalDate day, int limit) {
        return rows.due(day, limit).stream().map(row -> new Subject(Kind.valueOf(row.kind()),
                UUID.fromString(row.subjectId()), new NetworkId(UUID.fromString(row.networkId())))).toList();
    }

    @Override
    @Transactional
    public void schedule(Map<Subject, Optional<LocalDate>> next, String rules) {
        if (!next.isEmpty()) {
            // one batch of updates, in the order of the rows' keys like every other writer of them; every
            // subject the sweep looked at has a row, as it was found due
            rows.updateAll(next.entrySet().stream().map(e -> row(e.getKey(), e.getValue(), rules))
                    .sorted(java.util.Comparator.comparing(ReminderWakeupRow::subjectId)).toList());
        }
    }

    @Override
    @Transactional
    public void wakeIfScheduledUnderOtherRules(String rules) {
        rows.wakeUnlessScheduledUnder(rules, AT_NEXT_SWEEP);
    }

    private static ReminderWakeupRow row(Subject subject, Optional<LocalDate> wakeOn, String rules) {
        return new ReminderWakeupRow(subject.id().toString(), subject.kind().name(), subject.networkId().toString(),
                wakeOn.orElse(null), rules);
    }
}
