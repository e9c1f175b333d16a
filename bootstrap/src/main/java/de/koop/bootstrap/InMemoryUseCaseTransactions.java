package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * The in-memory stores need no transaction: a use case changes one aggregate, and each store saves
 * an aggregate atomically.
 */
@Singleton
@Requires(property = "koop.persistence", value = "inmemory")
class InMemoryUseCaseTransactions implements UseCaseTransactions {

    @Override
    public <T> T run(boolean readOnly, Supplier<T> useCase) {
        return useCase.get();
    }
}
