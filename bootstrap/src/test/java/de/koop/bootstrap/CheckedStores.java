package de.koop.bootstrap;

import de.koop.application.change.CheckedWrites;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import de.koop.application.unitofwork.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * In every test of the running application, on every store set, the stores whose methods write a use case's
 * changes check that the use case recorded each change before writing it ({@link CheckedWrites}). A test
 * that writes into a store itself, not through a use case, turns the check off with
 * {@code koop.test.checked-writes=false}.
 */
final class CheckedStores {

    static final String SETTING = "koop.test.checked-writes";

    private CheckedStores() {
    }

    /** Wraps each store of one port as it is created. */
    abstract static class Checking<P> implements BeanCreatedEventListener<P> {
        private final Class<P> port;
        private final Provider<UnitOfWork> work;

        Checking(Class<P> port, Provider<UnitOfWork> work) {
            this.port = port;
            this.work = work;
        }

        @Override
        public P onCreated(BeanCreatedEvent<P> event) {
            return CheckedWrites.around(port, event.getBean(), work.get());
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedNetworks extends Checking<Networks> {
        CheckedNetworks(Provider<UnitOfWork> work) {
            super(Networks.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedPartners extends Checking<Partners> {
        CheckedPartners(Provider<UnitOfWork> work) {
            super(Partners.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedAgreements extends Checking<Agreements> {
        CheckedAgreements(Provider<UnitOfWork> work) {
            super(Agreements.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedDeclarations extends Checking<Declarations> {
        CheckedDeclarations(Provider<UnitOfWork> work) {
            super(Declarations.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedBodies extends Checking<Bodies> {
        CheckedBodies(Provider<UnitOfWork> work) {
            super(Bodies.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedMeetings extends Checking<Meetings> {
        CheckedMeetings(Provider<UnitOfWork> work) {
            super(Meetings.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedObligations extends Checking<Obligations> {
        CheckedObligations(Provider<UnitOfWork> work) {
            super(Obligations.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedOutbox extends Checking<Outbox> {
        CheckedOutbox(Provider<UnitOfWork> work) {
            super(Outbox.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedUsers extends Checking<Users> {
        CheckedUsers(Provider<UnitOfWork> work) {
            super(Users.class, work);
        }
    }

    @Singleton
    @Requires(property = SETTING, notEquals = "false")
    static final class CheckedRefreshTokens extends Checking<RefreshTokens> {
        CheckedRefreshTokens(Provider<UnitOfWork> work) {
            super(RefreshTokens.class, work);
        }
    }
}
