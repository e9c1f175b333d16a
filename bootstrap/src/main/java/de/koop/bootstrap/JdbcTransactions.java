package de.koop.bootstrap;

import de.koop.application.port.out.Transactions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The database's transactions: everything a use case saved commits together, or nothing does. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    @Override
    public <T> T queueWork(Supplier<T> work) {
        DefaultTransactionDefinition readCommitted = new DefaultTransactionDefinition();
        readCommitted.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return transactions.execute(readCommitted, status -> work.get());
    }
}
