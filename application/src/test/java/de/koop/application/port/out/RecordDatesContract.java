package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.port.RecordTimestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RecordDates} must do. */
public abstract class RecordDatesContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        RecordDates recordDates();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    @Test
    void keepsTheFirstWriteAsCreatedAndTheLastAsModifiedToTheMicrosecond() {
        UUID id = UUID.randomUUID();
        Instant first = Instant.parse("2026-03-02T09:15:30.123456Z");
        Instant second = Instant.parse("2026-03-05T17:00:00.000001Z");

        stores().recordDates().written(id, first);
        Map<UUID, RecordTimestamps> once = stores().recordDates().of(List.of(id));
        stores().recordDates().written(id, second);

        assertThat(once).containsEntry(id, new RecordTimestamps(first, first));
        assertThat(stores().recordDates().of(List.of(id))).containsEntry(id, new RecordTimestamps(first, second));
    }

    @Test
    void leavesOutWhatWasNeverWrittenAndAnswersForManyAtOnce() {
        List<UUID> ids = IntStream.range(0, 1200).mapToObj(i -> UUID.randomUUID()).toList();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ids.stream().filter(id -> ids.indexOf(id) % 2 == 0).forEach(id -> stores().recordDates().written(id, at));

        Map<UUID, RecordTimestamps> found = stores().recordDates().of(ids);

        assertThat(found).hasSize(600).containsKey(ids.get(1198)).doesNotContainKey(ids.get(1199));
        assertThat(stores().recordDates().of(List.of())).isEmpty();
    }

    @Test
    void aUseCaseThatFailsLeavesTheDatesAsTheyWere() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Instant first = Instant.parse("2026-03-02T09:15:30.123456Z");
        stores().recordDates().written(known, first);

        FailingUseCase.run(stores(), () -> {
            stores().recordDates().written(known, first.plusSeconds(60));
            stores().recordDates().written(unknown, first.plusSeconds(60));
        });

        assertThat(stores().recordDates().of(List.of(known, unknown)))
                .containsExactly(Map.entry(known, new RecordTimestamps(first, first)));
        FailingUseCase.commit(stores(), () -> stores().recordDates().written(unknown, first));
        assertThat(stores().recordDates().of(List.of(unknown))).containsKey(unknown);
    }
}
