package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Micronaut Data's access to the {@code declaration} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeclarationRowRepository extends CrudRepository<DeclarationRow, String> {

    List<DeclarationRow> findByAgreementId(String agreementId, Sort sort);

    Page<DeclarationRow> findByNetworkId(String networkId, Pageable pageable);
}
