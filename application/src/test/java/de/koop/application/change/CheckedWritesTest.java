package de.koop.application.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.unitofwork.UnitOfWork;
import de.koop.domain.shared.NetworkId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A use case that writes through a declared writing method without recording its change fails the test that
 * runs it on checked stores; the fixture is a store that gained a {@code delete} its use case forgot to record.
 */
class CheckedWritesTest {

    private static final NetworkId NETWORK = new NetworkId(UUID.randomUUID());

    /** A store port of the fixture, as a developer extended it with a second writing method. */
    interface FixturePartners {
        @Writes(Change.Kind.PARTNER)
        void save(UUID partner);

        @Writes(Change.Kind.PARTNER)
        void delete(UUID partner);

        @Reads
        List<UUID> all();
    }

    private static final class MemoryFixturePartners implements FixturePartners {
        private final List<UUID> partners = new ArrayList<>();

        @Override
        public void save(UUID partner) {
            partners.add(partner);
        }

        @Override
        public void delete(UUID partner) {
            partners.remove(partner);
        }

        @Override
        public List<UUID> all() {
            return List.copyOf(partners);
        }
    }

    private final UnitOfWork work = new UnitOfWork(List.of());
    private final FixturePartners partners = CheckedWrites.around(FixturePartners.class, new MemoryFixturePartners(),
            work);

    private static Change partner(UUID id) {
        return new Change(Change.Kind.PARTNER, id, Optional.of(NETWORK), Optional.empty());
    }

    @Test
    void aWriteWhoseChangeWasRecordedBeforePasses() {
        UUID id = UUID.randomUUID();

        work.run("RegisterPartnerUseCase.register", Optional.empty(), () -> {
            work.record(partner(id));
            partners.save(id);
            return null;
        });

        assertThat(partners.all()).containsExactly(id);
    }

    @Test
    void theNewWritingMethodWithoutARecordedChangeFailsTheTest() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> work.run("RemovePartnerUseCase.remove", Optional.empty(), () -> {
            partners.delete(id);
            return null;
        })).isInstanceOf(AssertionError.class)
                .hasMessage("FixturePartners.delete writes a PARTNER, but the use case recorded no such change before "
                        + "(Changes.record)");
    }

    @Test
    void aChangeRecordedAfterTheWriteIsTooLate() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> work.run("RegisterPartnerUseCase.register", Optional.empty(), () -> {
            partners.save(id);
            work.record(partner(id));
            return null;
        })).isInstanceOf(AssertionError.class);
    }

    @Test
    void aWriteOutsideAnyUnitOfWorkFails() {
        assertThatThrownBy(() -> partners.save(UUID.randomUUID())).isInstanceOf(AssertionError.class);
    }

    @Test
    void readsNeedNoChange() {
        assertThat(partners.all()).isEmpty();
        assertThat(CheckedWrites.unwrap(partners)).isInstanceOf(MemoryFixturePartners.class);
    }
}
