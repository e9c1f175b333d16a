package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.access.AccessPolicy;
import de.koop.application.access.Actor;
import de.koop.application.access.Permission;
import de.koop.application.change.Change;
import de.koop.application.port.out.NetworkStamps;
import de.koop.application.port.out.Transactions;
import de.koop.application.usecase.Command;
import de.koop.application.usecase.UseCaseBoundary;
import de.koop.application.port.out.Networks;
import de.koop.application.unitofwork.UnitOfWork;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One use case is one transaction, on a database and in memory: what it saved before failing is not kept, and
 * what it saved commits with its effects. In tests, a write the use case did not record fails.
 */
class UseCaseTransactionTest {

    /** A use case that saves a network and then fails, as a later rule check would. */
    interface SaveThenFail {
        @Command(Permission.ADMINISTER)
        void run(Network network);
    }

    /** The application's boundary on the stores' transactions, acting as koop itself. */
    private static UseCaseBoundary boundary(RunningKoop koop) {
        return new UseCaseBoundary(koop.context().getBean(Transactions.class), Actor::system, new AccessPolicy(),
                koop.context().getBean(UnitOfWork.class));
    }

    private static RunningKoop onH2;
    private static RunningKoop inMemory;

    @BeforeAll
    static void start() {
        onH2 = RunningKoop.start(Map.of("datasources.default.url",
                "jdbc:h2:mem:tx;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        inMemory = RunningKoop.inMemory();
    }

    @AfterAll
    static void stop() {
        onH2.close();
        inMemory.close();
    }

    static Stream<String> stores() {
        return Stream.of("H2", "in memory");
    }

    private static RunningKoop koop(String stores) {
        return stores.equals("H2") ? onH2 : inMemory;
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFailingUseCaseLeavesNothingBehind(String stores) {
        RunningKoop koop = koop(stores);
        Networks networks = koop.context().getBean(Networks.class);
        UnitOfWork work = koop.context().getBean(UnitOfWork.class);
        SaveThenFail useCase = boundary(koop).wrap(SaveThenFail.class, network -> {
            work.record(Change.of(network));
            networks.save(network);
            throw new IllegalStateException("Regel verletzt");
        });
        NetworkId id = NetworkId.newId();

        assertThatThrownBy(() -> useCase.run(Network.create(id, "Nie gespeichert", null, "Leipzig", null,
                Admission.OPEN))).isInstanceOf(IllegalStateException.class).hasMessage("Regel verletzt");

        assertThat(networks.findById(id)).isEmpty();
        assertThat(koop.context().getBean(NetworkStamps.class).stampOf(id)).as("the save's effects too").isZero();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSucceedingUseCaseCommits(String stores) {
        RunningKoop koop = koop(stores);
        Networks networks = koop.context().getBean(Networks.class);
        UnitOfWork work = koop.context().getBean(UnitOfWork.class);
        SaveThenFail useCase = boundary(koop).wrap(SaveThenFail.class, network -> {
            work.record(Change.of(network));
            networks.save(network);
        });
        NetworkId id = NetworkId.newId();

        useCase.run(Network.create(id, "Gespeichert", null, "Leipzig", null, Admission.OPEN));

        assertThat(networks.findById(id)).isPresent();
        assertThat(koop.context().getBean(NetworkStamps.class).stampOf(id)).isPositive();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aWriteTheUseCaseDidNotRecordFailsEveryTestOfTheRunningApplication(String stores) {
        RunningKoop koop = koop(stores);
        Networks networks = koop.context().getBean(Networks.class);
        SaveThenFail forgetful = boundary(koop).wrap(SaveThenFail.class, networks::save);
        NetworkId id = NetworkId.newId();

        assertThatThrownBy(() -> forgetful.run(Network.create(id, "Nicht erfasst", null, "Leipzig", null,
                Admission.OPEN))).isInstanceOf(AssertionError.class).hasMessageStartingWith("Networks.save writes a NETWORK");

        assertThat(networks.findById(id)).isEmpty();
    }
}
