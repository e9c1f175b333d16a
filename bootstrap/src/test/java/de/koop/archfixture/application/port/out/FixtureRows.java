package de.koop.archfixture.application.port.out;

import de.koop.archfixture.domain.shared.FixtureId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Violation: the application speaks JDBC. */
public interface FixtureRows {

    FixtureId read(ResultSet row) throws SQLException;
}
