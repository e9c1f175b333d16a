package de.koop.application.unitofwork;

import de.koop.application.change.Change;
import de.koop.application.change.Change.Kind;
import de.koop.application.port.out.RecordDates;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/** Dates the records the public read API reports (networks, partners, bodies, meetings) as written now. */
public final class RecordDateHandler implements ChangeHandler {

    private static final Set<Kind> DATED = Set.of(Kind.NETWORK, Kind.PARTNER, Kind.BODY, Kind.MEETING);

    private final RecordDates dates;
    private final Clock clock;

    public RecordDateHandler(RecordDates dates, Clock clock) {
        this.dates = Objects.requireNonNull(dates);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void completed(Work work) {
        work.changes().stream().filter(change -> DATED.contains(change.kind()))
                .forEach(change -> dates.written(change.id(), clock.instant()));
    }
}
