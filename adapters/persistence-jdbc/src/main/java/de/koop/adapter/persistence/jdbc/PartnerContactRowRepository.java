package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the {@code partner_contact} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerContactRowRepository extends CrudRepository<PartnerContactRow, String> {

    List<PartnerContactRow> findByPartnerIdOrderByPosition(String partnerId);

    /** The contacts of a whole page of partners in one statement, so that a list costs no N+1. */
    List<PartnerContactRow> findByPartnerIdInOrderByPosition(Collection<String> partnerIds);

    void deleteByPartnerId(String partnerId);
}
