package de.koop.bootstrap;

import de.koop.application.port.in.SendRemindersUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reminder sweep every {@code koop.reminders.interval} on one instance: the first to take
 * the lock sweeps, and holds it for most of the period so that the others skip theirs. Were two
 * sweeps to overlap anyway, each occasion still yields one message (see {@link SendRemindersUseCase}).
 * In memory there is one instance only, and no lock.
 */
@Singleton
@Requires(property = "koop.reminders.enabled", notEquals = "false")
class ReminderSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSweeper.class);
    static final String LOCK = "reminder-sweep";
    /**
     * How long a lock lasts at most, unless most of the interval is longer. Long enough for the longest
     * sweep (the first over a state-wide database takes minutes, BENCHMARKS.md), so that no other instance
     * starts a second one beside it; short enough that a crashed instance's lock expires within half an
     * hour or one period.
     */
    static final Duration LONGEST_SWEEP = Duration.ofMinutes(30);

    private final SendRemindersUseCase reminders;
    private final Optional<LockingTaskExecutor> locks;
    private final Duration holdAtLeast;
    private final Duration holdAtMost;
    private final Clock clock;

    ReminderSweeper(SendRemindersUseCase reminders, @Nullable LockProvider lockProvider, Clock clock,
                    @Value("${koop.reminders.interval:1h}") Duration interval) {
        this.reminders = reminders;
        this.locks = Optional.ofNullable(lockProvider).map(DefaultLockingTaskExecutor::new);
        this.clock = clock;
        this.holdAtLeast = holdAtLeast(interval);
        // ShedLock refuses a lock held at least longer than at most
        this.holdAtMost = holdAtLeast.compareTo(LONGEST_SWEEP) > 0 ? holdAtLeast : LONGEST_SWEEP;
    }

    /**
     * Most of the period, so that the other instances skip theirs, and a little less, so that the
     * instance that swept finds the lock free next time.
     */
    private static Duration holdAtLeast(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            // SettingsCheck refuses such a setting at the start; this guards other callers
            throw new ConfigurationException("koop.reminders.interval (KOOP_REMINDERS_INTERVAL) must be longer"
                    + " than zero, but is " + interval);
        }
        return interval.dividedBy(10).multipliedBy(9);
    }

    @Scheduled(fixedDelay = "${koop.reminders.interval:1h}", initialDelay = "${koop.reminders.initial-delay:1m}")
    void sweepPeriodically() {
        try {
            sweep().ifPresent(written -> LOG.info("Reminder sweep wrote {} reminders", written));
        } catch (RuntimeException e) {
            // the next period tries again; what was written before the failure rolled back with it
            // the type only: a message may quote personal data
            LOG.warn("Reminder sweep failed: {}", e.getClass().getName());
        }
    }

    /** Sweeps unless another instance swept within the period. @return how many reminders were written */
    Optional<Integer> sweep() {
        LocalDate today = LocalDate.now(clock);
        if (locks.isEmpty()) {
            return Optional.of(reminders.sweep(today));
        }
        LockingTaskExecutor.TaskResult<Integer> result;
        try {
            result = locks.get().executeWithLock(() -> reminders.sweep(today),
                    new LockConfiguration(clock.instant(), LOCK, holdAtMost, holdAtLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // the sweep throws no checked exception
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
