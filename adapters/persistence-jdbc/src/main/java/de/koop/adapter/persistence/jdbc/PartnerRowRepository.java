package de.koop.adapter.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the {@code partner} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerRowRepository extends CrudRepository<PartnerRow, String> {

    List<PartnerRow> findByIdIn(Collection<String> ids);

    Page<PartnerRow> findByNetworkId(String networkId, Pageable pageable);

    Page<PartnerRow> findByNetworkIdAndCategory(String networkId, String category, Pageable pageable);

    Page<PartnerRow> findByNetworkIdAndSortNameContains(String networkId, String sortName, Pageable pageable);

    Page<PartnerRow> findByNetworkIdAndCategoryAndSortNameContains(String networkId, String category, String sortName,
                                                                   Pageable pageable);

    Page<PartnerRow> findByNetworkIdAndPublished(String networkId, boolean published, Pageable pageable);

    Page<PartnerRow> findByNetworkIdAndPublishedAndIdNotIn(String networkId, boolean published,
                                                           Collection<String> excluded, Pageable pageable);
}
