package de.koop.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a sweep that looks at a subject every day with one that looks only on the days
 * {@link ReminderRules}' next look names: both must find the same occasions.
 */
public final class LookSimulation {

    private LookSimulation() {
    }

    /** What the sparse sweep found and on which days it looked. */
    public record Result(Set<Occasion> daily, Set<Occasion> sparse, List<LocalDate> looks) {
    }

    public static Result run(LocalDate from, LocalDate to, Function<LocalDate, List<Occasion>> occasionsOn,
                             Function<LocalDate, Optional<LocalDate>> nextLook) {
        Set<Occasion> daily = new HashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            daily.addAll(occasionsOn.apply(day));
        }
        Set<Occasion> sparse = new HashSet<>();
        List<LocalDate> looks = new ArrayList<>();
        Optional<LocalDate> next = Optional.of(from);
        while (next.isPresent() && !next.get().isAfter(to)) {
            LocalDate day = next.get();
            looks.add(day);
            sparse.addAll(occasionsOn.apply(day));
            next = nextLook.apply(day);
            next.ifPresent(following -> assertThat(following).as("the next look after %s", day).isAfter(day));
        }
        return new Result(daily, sparse, looks);
    }
}
