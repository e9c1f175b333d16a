package de.koop.archfixture.domain.network;

import java.sql.Connection;
import java.sql.SQLException;

/** Violation: the domain talks to the database (java.sql lies under java.., so it needs its own rule). */
public final class SqlBackedNetwork {

    public int isolation(Connection connection) throws SQLException {
        return connection.getTransactionIsolation();
    }
}
