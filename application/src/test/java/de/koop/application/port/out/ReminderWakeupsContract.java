package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.out.ReminderWakeups.Kind;
import de.koop.application.port.out.ReminderWakeups.Subject;
import de.koop.domain.shared.NetworkId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderWakeups} must do. */
public abstract class ReminderWakeupsContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String RULES = "rules 1, lead 30";
    private final NetworkId network = NetworkId.newId();

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        ReminderWakeups reminderWakeups();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    private ReminderWakeups wakeups() {
        return stores().reminderWakeups();
    }

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    private Subject subject(Kind kind, NetworkId networkId) {
        return new Subject(kind, UUID.randomUUID(), networkId);
    }

    @Test
    void aWokenSubjectIsDueOnAnyDayAndAScheduledOneFromItsDayOnly() {
        Subject agreement = subject(Kind.AGREEMENT, network);
        Subject body = subject(Kind.BODY, network);
        wakeups().wakeAtNextSweep(agreement);
        wakeups().wakeAtNextSweep(body);

        assertThat(wakeups().dueBy(TODAY, 10)).containsExactlyInAnyOrder(agreement, body);

        wakeups().schedule(Map.of(agreement, Optional.of(TODAY.plusDays(30)), body, Optional.empty()), RULES);
        assertThat(wakeups().dueBy(TODAY, 10)).isEmpty();
        assertThat(wakeups().dueBy(TODAY.plusDays(29), 10)).isEmpty();
        assertThat(wakeups().dueBy(TODAY.plusDays(30), 10)).containsExactly(agreement);
        assertThat(wakeups().dueBy(LocalDate.of(2099, 1, 1), 10)).containsExactly(agreement);
    }

    @Test
    void aWakeUpBringsBackWhatWasScheduledLaterOrNotAtAll() {
        Subject obligation = subject(Kind.OBLIGATION, network);
        wakeups().wakeAtNextSweep(obligation);
        wakeups().schedule(Map.of(obligation, Optional.empty()), RULES);

        wakeups().wakeAtNextSweep(obligation);

        assertThat(wakeups().dueBy(TODAY, 10)).containsExactly(obligation);
    }

    @Test
    void wakingANetworkBringsBackEachOfItsSubjectsAndNoOtherNetworks() {
        NetworkId other = NetworkId.newId();
        Subject ours = subject(Kind.BODY, network);
        Subject alsoOurs = subject(Kind.AGREEMENT, network);
        Subject theirs = subject(Kind.BODY, other);
        for (Subject s : List.of(ours, alsoOurs, theirs)) {
            wakeups().wakeAtNextSweep(s);
        }
        wakeups().schedule(Map.of(ours, Optional.empty(), alsoOurs, Optional.of(TODAY.plusDays(100)),
                theirs, Optional.empty()), RULES);

        wakeups().wakeNetworkAtNextSweep(network);

        assertThat(wakeups().dueBy(TODAY, 10)).containsExactlyInAnyOrder(ours, alsoOurs);
    }

    @Test
    void givesAtMostTheLimitSoThatASweepSchedulingWhatItTookGetsTheRestNext() {
        List<Subject> all = IntStream.range(0, 25).mapToObj(i -> subject(Kind.values()[i % 3], network)).toList();
        all.forEach(wakeups()::wakeAtNextSweep);

        List<Subject> seen = new java.util.ArrayList<>();
        List<Subject> batch;
        while (!(batch = wakeups().dueBy(TODAY, 10)).isEmpty()) {
            assertThat(batch).hasSizeLessThanOrEqualTo(10);
            assertThat(java.util.Collections.disjoint(batch, seen)).as("a subject comes once").isTrue();
            seen.addAll(batch);
            Map<Subject, Optional<LocalDate>> next = new HashMap<>();
            batch.forEach(s -> next.put(s, Optional.of(TODAY.plusDays(1))));
            wakeups().schedule(next, RULES);
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(wakeups().dueBy(TODAY.plusDays(1), 100)).hasSize(25);
    }

    @Test
    void onTheSameDayTheLesserIdComesFirst() {
        List<UUID> ids = Ids.descending(6, id -> id);
        List<Subject> subjects = ids.stream().map(id -> new Subject(Kind.BODY, id, network)).toList();
        subjects.forEach(wakeups()::wakeAtNextSweep);
        Map<Subject, Optional<LocalDate>> sameDay = new HashMap<>();
        subjects.forEach(s -> sameDay.put(s, Optional.of(TODAY.minusDays(2))));
        wakeups().schedule(sameDay, RULES);

        assertThat(wakeups().dueBy(TODAY, 5)).containsExactly(subjects.get(5), subjects.get(4), subjects.get(3),
                subjects.get(2), subjects.get(1));
    }

    @Test
    void anEarlierDayComesFirst() {
        Subject later = subject(Kind.AGREEMENT, network);
        Subject earlier = subject(Kind.AGREEMENT, network);
        wakeups().wakeAtNextSweep(later);
        wakeups().wakeAtNextSweep(earlier);
        wakeups().schedule(Map.of(later, Optional.of(TODAY.minusDays(1)), earlier, Optional.of(TODAY.minusDays(5))), RULES);

        assertThat(wakeups().dueBy(TODAY, 1)).containsExactly(earlier);
    }

    @Test
    void subjectsScheduledUnderOtherRulesAreLookedAtAgainAndTheOthersNot() {
        Subject underThese = subject(Kind.AGREEMENT, network);
        Subject underOthers = subject(Kind.BODY, network);
        Subject neverLookedAt = subject(Kind.OBLIGATION, network);
        for (Subject s : List.of(underThese, underOthers, neverLookedAt)) {
            wakeups().wakeAtNextSweep(s);
        }
        wakeups().schedule(Map.of(underThese, Optional.of(TODAY.plusDays(40))), RULES);
        wakeups().schedule(Map.of(underOthers, Optional.empty()), "rules 1, lead 60");

        wakeups().wakeIfScheduledUnderOtherRules(RULES);

        assertThat(wakeups().dueBy(TODAY, 10)).containsExactlyInAnyOrder(underOthers, neverLookedAt);
    }

    @Test
    void aUseCaseThatFailsLeavesTheWakeupsAsTheyWere() {
        Subject scheduled = subject(Kind.AGREEMENT, network);
        Subject other = subject(Kind.BODY, NetworkId.newId());
        wakeups().wakeAtNextSweep(scheduled);
        wakeups().wakeAtNextSweep(other);
        wakeups().schedule(Map.of(scheduled, Optional.of(TODAY.plusDays(30)), other, Optional.empty()), RULES);
        Subject added = subject(Kind.OBLIGATION, network);

        // one use case per write, so that what one undoes cannot hide what another failed to undo
        FailingUseCase.run(stores(), () -> wakeups().wakeAtNextSweep(added));
        FailingUseCase.run(stores(), () -> wakeups().wakeNetworkAtNextSweep(network));
        FailingUseCase.run(stores(), () -> wakeups().wakeIfScheduledUnderOtherRules("andere Regeln"));
        FailingUseCase.run(stores(), () -> wakeups().schedule(Map.of(scheduled, Optional.of(TODAY.minusDays(1))),
                "andere Regeln"));

        assertThat(wakeups().dueBy(TODAY.plusDays(29), 10)).isEmpty();
        assertThat(wakeups().dueBy(TODAY.plusDays(30), 10)).containsExactly(scheduled);
        FailingUseCase.commit(stores(), () -> wakeups().wakeAtNextSweep(added));
        assertThat(wakeups().dueBy(TODAY, 10)).containsExactly(added);
    }
}
