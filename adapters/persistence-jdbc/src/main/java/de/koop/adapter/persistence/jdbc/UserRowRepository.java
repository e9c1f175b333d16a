package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;

/** Micronaut Data's access to the {@code app_user} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRowRepository extends PageableRepository<UserRow, String> {

    Optional<UserRow> findByUsername(String username);
}
