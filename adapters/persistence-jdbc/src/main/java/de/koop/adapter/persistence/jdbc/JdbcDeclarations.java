package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Declarations;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link Declarations} on a relational database: inserted once, never updated. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcDeclarations implements Declarations {

    private static final Sort RECEIVED = Sort.of(Sort.Order.asc("receivedOn"), Sort.Order.asc("recordedAtMicros"),
            Sort.Order.asc("id"));

    private final DeclarationRowRepository rows;
    private final DeclarationRowMapper mapper;

    JdbcDeclarations(DeclarationRowRepository rows, DeclarationRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Declaration append(Declaration declaration) {
        DeclarationRow row = mapper.toRow(declaration);
        if (rows.existsById(row.id())) {
            throw new IllegalStateException("declaration " + row.id() + " was recorded already");
        }
        rows.save(row);
        return declaration;
    }

    @Override
    @Transactional
    public void replaceRedacted(Declaration redacted) {
        Declaration stored = findById(redacted.id()).orElseThrow(() -> new IllegalStateException(
                "declaration " + redacted.id() + " was never recorded"));
        if (stored.getClass() != redacted.getClass()) {
            throw new IllegalStateException("a redaction does not change the kind of a declaration");
        }
        rows.update(mapper.toRow(redacted));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Declaration> findById(DeclarationId id) {
        return rows.findById(id.toString()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Declaration> listByAgreement(AgreementId agreementId) {
        return rows.findByAgreementId(agreementId.toString(), RECEIVED).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Declaration> page(NetworkId networkId, PageRequest request) {
        io.micronaut.data.model.Page<DeclarationRow> page = rows.findByNetworkId(networkId.toString(),
                Pageable.from(request.page(), request.size(), RECEIVED));
        return Page.of(page.getContent().stream().map(mapper::toDomain).toList(), request, page.getTotalSize());
    }
}
