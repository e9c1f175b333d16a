package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.out.Partners;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Partners} on a relational database: one partner row plus one row per contact person. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcPartners implements Partners {

    private final PartnerRowRepository partnerRows;
    private final PartnerContactRowRepository contactRows;
    private final PartnerRowMapper mapper;

    JdbcPartners(PartnerRowRepository partnerRows, PartnerContactRowRepository contactRows, PartnerRowMapper mapper) {
        this.partnerRows = partnerRows;
        this.contactRows = contactRows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Partner save(Partner partner) {
        PartnerRow row = mapper.toRow(partner);
        PartnerRow saved;
        if (partner.getVersion() == 0 && !partnerRows.existsById(row.id())) {
            saved = partnerRows.save(row);
        } else {
            try {
                // the versioned update comes first: it locks the row, so contacts are replaced by the winner only
                saved = partnerRows.update(row);
            } catch (OptimisticLockException e) {
                throw new VersionConflictException("Partner", partner.getId());
            }
            contactRows.deleteByPartnerId(row.id());
        }
        List<PartnerContactRow> contacts = mapper.contactRows(partner);
        contactRows.saveAll(contacts);
        return mapper.toDomain(saved, contacts);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Partner> findById(PartnerId id) {
        return partnerRows.findById(id.toString())
                .map(row -> mapper.toDomain(row, contactRows.findByPartnerIdOrderByPosition(row.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Partner> findAllById(Collection<PartnerId> ids) {
        return withContacts(IdChunks.read(IdChunks.texts(ids), partnerRows::findByIdIn));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Partner> page(NetworkId networkId, Optional<PartnerCategory> category, Optional<NameFilter> name,
                              PageRequest request) {
        String network = networkId.toString();
        Pageable pageable = Paging.byName(request);
        // the key holds only a-z and 0-9, so it needs no escaping inside LIKE
        io.micronaut.data.model.Page<PartnerRow> page = name.isPresent()
                ? category.map(c -> partnerRows.findByNetworkIdAndCategoryAndSortNameContains(network, c.name(),
                        name.get().key(), pageable))
                .orElseGet(() -> partnerRows.findByNetworkIdAndSortNameContains(network, name.get().key(), pageable))
                : category.map(c -> partnerRows.findByNetworkIdAndCategory(network, c.name(), pageable))
                .orElseGet(() -> partnerRows.findByNetworkId(network, pageable));
        return withContacts(page, request);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Partner> pagePublished(NetworkId networkId, Set<PartnerId> excluded, PageRequest request) {
        if (excluded.isEmpty()) {
            return withContacts(partnerRows.findByNetworkIdAndPublished(networkId.toString(), true,
                    Paging.byName(request)), request);
        }
        return withContacts(partnerRows.findByNetworkIdAndPublishedAndIdNotIn(networkId.toString(), true,
                excluded.stream().map(PartnerId::toString).toList(), Paging.byName(request)), request);
    }

    private Page<Partner> withContacts(io.micronaut.data.model.Page<PartnerRow> page, PageRequest request) {
        return Page.of(withContacts(page.getContent()), request, page.getTotalSize());
    }

    /** The partners of these rows, with the contacts of all of them read together, so a list costs no N+1. */
    private List<Partner> withContacts(List<PartnerRow> rows) {
        Map<String, List<PartnerContactRow>> contactsByPartner = IdChunks
                .read(rows.stream().map(PartnerRow::id).toList(), contactRows::findByPartnerIdInOrderByPosition)
                .stream().collect(Collectors.groupingBy(PartnerContactRow::partnerId));
        return rows.stream()
                .map(row -> mapper.toDomain(row, contactsByPartner.getOrDefault(row.id(), List.of())))
                .toList();
    }
}
