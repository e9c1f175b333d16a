package de.koop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.NetworkId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NetworkStamps} must do. */
public abstract class NetworkStampsContract {

    /** The stores this contract needs. */
    public interface Stores extends StoreSet {
        NetworkStamps networkStamps();
    }

    /** The adapter's stores; return the same instances on every call. */
    protected abstract Stores stores();

    @BeforeEach
    void emptyStores() {
        stores().emptyAll();
    }

    @Test
    void aStampStartsAtZeroAndRisesWithEveryChangeOfItsNetworkOnly() {
        NetworkId changed = NetworkId.newId();
        NetworkId untouched = NetworkId.newId();

        long before = stores().networkStamps().stampOf(changed);
        stores().networkStamps().changed(changed);
        long once = stores().networkStamps().stampOf(changed);
        stores().networkStamps().changed(changed);

        assertThat(before).isZero();
        assertThat(once).isGreaterThan(before);
        assertThat(stores().networkStamps().stampOf(changed)).isGreaterThan(once);
        assertThat(stores().networkStamps().stampOf(untouched)).isZero();
    }

    @Test
    void aUseCaseThatFailsLeavesTheStampAsItWas() {
        NetworkId network = NetworkId.newId();
        NetworkId untouchedBefore = NetworkId.newId();
        stores().networkStamps().changed(network);
        long before = stores().networkStamps().stampOf(network);

        FailingUseCase.run(stores(), () -> {
            stores().networkStamps().changed(network);
            stores().networkStamps().changed(untouchedBefore);
        });

        assertThat(stores().networkStamps().stampOf(network)).isEqualTo(before);
        assertThat(stores().networkStamps().stampOf(untouchedBefore)).isZero();
        FailingUseCase.commit(stores(), () -> stores().networkStamps().changed(network));
        assertThat(stores().networkStamps().stampOf(network)).isGreaterThan(before);
    }
}
