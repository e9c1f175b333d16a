package de.koop.bootstrap;

import de.koop.application.unitofwork.UnitOfWork;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/** Runs a use case operation as the application's unit of work, for the signed-in user (or koop itself). */
@Singleton
class UseCaseRuns {

    private final UnitOfWork work;
    private final SecurityService security;

    UseCaseRuns(UnitOfWork work, SecurityService security) {
        this.work = work;
        this.security = security;
    }

    /** Call inside the operation's transaction, so that the handlers' writes commit with its changes. */
    <T> T run(String operation, Supplier<T> call) {
        return work.run(operation, security.username(), call);
    }
}
