package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.AgreementChildRows.AnnexRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ConsentRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ReviewRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.VersionRow;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.AgreementRows;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.AnnexRows;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.ConsentRows;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.PartyRows;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.ReviewRows;
import de.koop.adapter.persistence.jdbc.AgreementRepositories.VersionRows;
import de.koop.application.port.out.Agreements;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Agreements} on a relational database. Versions, consents and reviews are appended; the only
 * updates to them are a proposed version becoming concluded and an erasure's changed texts.
 */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcAgreements implements Agreements {

    private final AgreementRows rows;
    private final PartyRows parties;
    private final AnnexRows annexes;
    private final VersionRows versions;
    private final ConsentRows consents;
    private final ReviewRows reviews;
    private final AgreementRowMapper mapper;

    JdbcAgreements(AgreementRows rows, PartyRows parties, AnnexRows annexes, VersionRows versions,
                   ConsentRows consents, ReviewRows reviews, AgreementRowMapper mapper) {
        this.rows = rows;
        this.parties = parties;
        this.annexes = annexes;
        this.versions = versions;
        this.consents = consents;
        this.reviews = reviews;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Agreement save(Agreement agreement) {
        AgreementRow row = mapper.toRow(agreement);
        AgreementChildren wanted = mapper.children(agreement);
        RootRow.Written<AgreementRow> written = RootRow.write(rows, row, row.id(), agreement.getVersion(),
                "Vereinbarung", agreement.getId());
        AgreementChildren stored;
        if (written.inserted()) {
            // parties and annexes are part of the concluded agreement: written once, with it
            parties.saveAll(wanted.parties());
            annexes.saveAll(wanted.annexes());
            stored = new AgreementChildren(wanted.parties(), wanted.annexes(), List.of(), List.of(), List.of());
        } else {
            stored = children(List.of(row.id()));
        }
        appendHistory(stored, wanted);
        return mapper.toDomain(written.row(), wanted);
    }

    private void appendHistory(AgreementChildren stored, AgreementChildren wanted) {
        // annexes are written with the agreement; only their texts change, when a person's data is erased
        Map<String, AnnexRow> storedAnnexes = byId(stored.annexes(), AnnexRow::id);
        wanted.annexes().stream().filter(a -> storedAnnexes.containsKey(a.id()) && !storedAnnexes.get(a.id()).equals(a))
                .forEach(annexes::update);
        Map<String, VersionRow> storedVersions = byId(stored.versions(), VersionRow::id);
        for (VersionRow version : wanted.versions()) {
            VersionRow existing = storedVersions.get(version.id());
            if (existing == null) {
                versions.save(version);
            } else if (!existing.equals(version)) {
                versions.update(version); // a proposal concluded by the last consent
            }
        }
        Map<String, ConsentRow> storedConsents = byId(stored.consents(), ConsentRow::id);
        consents.saveAll(wanted.consents().stream().filter(c -> !storedConsents.containsKey(c.id())).toList());
        Map<String, ReviewRow> storedReviews = byId(stored.reviews(), ReviewRow::id);
        reviews.saveAll(wanted.reviews().stream().filter(r -> !storedReviews.containsKey(r.id())).toList());
        // a review is history: only its note changes, when a person's data is erased from it
        wanted.reviews().stream().filter(r -> storedReviews.containsKey(r.id()) && !storedReviews.get(r.id()).equals(r))
                .forEach(reviews::update);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agreement> findById(AgreementId id) {
        return rows.findById(id.toString()).map(row -> mapper.toDomain(row, children(List.of(row.id()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> findAllById(Collection<AgreementId> ids) {
        return withChildren(IdChunks.read(IdChunks.texts(ids), rows::findByIdIn));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> listByNetwork(NetworkId networkId) {
        return withChildren(rows.findByNetworkId(networkId.toString(),
                Sort.of(Sort.Order.asc("sortTitle"), Sort.Order.asc("id"))));
    }

    private List<Agreement> withChildren(List<AgreementRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        AgreementChildren all = children(found.stream().map(AgreementRow::id).toList());
        return found.stream().map(row -> mapper.toDomain(row, all.of(row.id()))).toList();
    }

    /** The child rows of these agreements: one statement per child table and {@link IdChunks#SIZE} agreements. */
    private AgreementChildren children(List<String> ids) {
        return new AgreementChildren(IdChunks.read(ids, parties::findByAgreementIdInOrderByPosition),
                IdChunks.read(ids, annexes::findByAgreementIdInOrderByPosition),
                IdChunks.read(ids, versions::findByAgreementIdInOrderByNumber),
                IdChunks.read(ids, consents::findByAgreementIdInOrderByPosition),
                IdChunks.read(ids, reviews::findByAgreementIdInOrderByPosition));
    }

    private static <R> Map<String, R> byId(List<R> rows, Function<R, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
