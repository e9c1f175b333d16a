package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.out.Networks;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One use case is one transaction: what it saved before failing is not kept. */
class UseCaseTransactionTest {

    /** A use case that saves a network and then fails, as a later rule check would. */
    interface SaveThenFail {
        void run(Network network);
    }

    private static RunningKoop koop;

    @BeforeAll
    static void start() {
        koop = RunningKoop.start(Map.of("datasources.default.url",
                "jdbc:h2:mem:tx;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
    }

    @AfterAll
    static void stop() {
        koop.close();
    }

    @Test
    void aFailingUseCaseLeavesNothingBehind() {
        Networks networks = koop.context().getBean(Networks.class);
        SaveThenFail useCase = TransactionalUseCase.wrap(SaveThenFail.class, network -> {
            networks.save(network);
            throw new IllegalStateException("Regel verletzt");
        }, koop.context().getBean(UseCaseTransactions.class), koop.context().getBean(Auditor.class));
        NetworkId id = NetworkId.newId();

        assertThatThrownBy(() -> useCase.run(Network.create(id, "Nie gespeichert", null, "Leipzig", null,
                Admission.OPEN))).isInstanceOf(IllegalStateException.class).hasMessage("Regel verletzt");

        assertThat(networks.findById(id)).isEmpty();
    }

    @Test
    void aSucceedingUseCaseCommits() {
        Networks networks = koop.context().getBean(Networks.class);
        SaveThenFail useCase = TransactionalUseCase.wrap(SaveThenFail.class, networks::save,
                koop.context().getBean(UseCaseTransactions.class), koop.context().getBean(Auditor.class));
        NetworkId id = NetworkId.newId();

        useCase.run(Network.create(id, "Gespeichert", null, "Leipzig", null, Admission.OPEN));

        assertThat(networks.findById(id)).isPresent();
    }
}
