package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lock under which the scheduled sweep runs, as ShedLock is asked for it, for the shipped interval
 * and for intervals from a second to a week.
 */
class ReminderSweeperTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-16T05:00:00Z"), ZoneOffset.UTC);
    // the first sweep over a state-wide database takes minutes (BENCHMARKS.md)
    private static final Duration A_LONG_SWEEP = Duration.ofMinutes(30);

    static Stream<Duration> intervals() {
        return Stream.concat(Stream.of(ShippedSettings.duration("koop.reminders.interval")),
                Stream.of("PT1S", "PT1M", "PT5M", "PT30M", "PT33M", "PT34M", "PT1H", "PT6H", "PT24H", "P7D")
                        .map(Duration::parse));
    }

    @ParameterizedTest
    @MethodSource("intervals")
    void theSweepRunsUnderALockThatSpansMostOfThePeriodAndOutlastsALongSweepButNotACrash(Duration interval) {
        List<LockConfiguration> asked = new ArrayList<>();
        LockProvider locks = configuration -> {
            asked.add(configuration);
            return Optional.of(() -> { });
        };
        ReminderSweeper sweeper = new ReminderSweeper(today -> 3, locks, CLOCK, interval);

        assertThat(sweeper.sweep()).as("ShedLock takes the lock and the sweep runs").contains(3);
        LockConfiguration lock = asked.getFirst();
        assertThat(lock.getLockAtLeastFor()).as("held after the sweep: the other instances skip the period")
                .isGreaterThan(interval.dividedBy(2))
                .as("the instance that swept finds the lock free next period").isLessThan(interval);
        assertThat(lock.getLockAtMostFor()).isGreaterThanOrEqualTo(lock.getLockAtLeastFor())
                .as("no other instance starts a sweep beside a long one").isGreaterThanOrEqualTo(A_LONG_SWEEP)
                .as("a crashed instance's lock expires within half an hour or one period")
                .isLessThanOrEqualTo(interval.compareTo(A_LONG_SWEEP) > 0 ? interval : A_LONG_SWEEP);
    }

    @Test
    void anIntervalOfZeroOrLessIsRefusedNamingTheSetting() {
        for (Duration interval : List.of(Duration.ZERO, Duration.ofMinutes(-5))) {
            assertThatThrownBy(() -> new ReminderSweeper(today -> 0, null, CLOCK, interval))
                    .hasMessageContaining("koop.reminders.interval").hasMessageContaining("KOOP_REMINDERS_INTERVAL");
        }
    }
}
