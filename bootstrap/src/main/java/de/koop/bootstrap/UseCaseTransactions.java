package de.koop.bootstrap;

import java.util.function.Supplier;

/** Runs one use case as one transaction of whatever store is configured. */
interface UseCaseTransactions {

    <T> T run(boolean readOnly, Supplier<T> useCase);
}
