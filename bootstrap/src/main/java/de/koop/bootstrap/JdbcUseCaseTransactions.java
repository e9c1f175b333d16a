package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import java.util.function.Supplier;

/** A database transaction per use case: everything it saved commits together, or nothing does. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
class JdbcUseCaseTransactions implements UseCaseTransactions {

    private final TransactionOperations<Connection> transactions;

    JdbcUseCaseTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T run(boolean readOnly, Supplier<T> useCase) {
        return readOnly
                ? transactions.executeRead(status -> useCase.get())
                : transactions.executeWrite(status -> useCase.get());
    }

    @Override
    public <T> T runQueueWork(Supplier<T> work) {
        DefaultTransactionDefinition readCommitted = new DefaultTransactionDefinition();
        readCommitted.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return transactions.execute(readCommitted, status -> work.get());
    }
}
