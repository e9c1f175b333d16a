package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.AgreementChildRows.AnnexRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ConsentRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.PartyRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ReviewRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.VersionRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Micronaut Data's access to the agreement tables. */
final class AgreementRepositories {

    private AgreementRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AgreementRows extends CrudRepository<AgreementRow, String> {
        List<AgreementRow> findByNetworkId(String networkId, Sort sort);

        List<AgreementRow> findByIdIn(Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PartyRows extends CrudRepository<PartyRow, String> {
        List<PartyRow> findByAgreementIdInOrderByPosition(Collection<String> agreementIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AnnexRows extends CrudRepository<AnnexRow, String> {
        List<AnnexRow> findByAgreementIdInOrderByPosition(Collection<String> agreementIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface VersionRows extends CrudRepository<VersionRow, String> {
        List<VersionRow> findByAgreementIdInOrderByNumber(Collection<String> agreementIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ConsentRows extends CrudRepository<ConsentRow, String> {
        List<ConsentRow> findByAgreementIdInOrderByPosition(Collection<String> agreementIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ReviewRows extends CrudRepository<ReviewRow, String> {
        List<ReviewRow> findByAgreementIdInOrderByPosition(Collection<String> agreementIds);
    }
}
