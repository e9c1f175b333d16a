package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.NameFilter;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.VersionConflictException;
import de.koop.application.port.out.Networks;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Networks} on a relational database (MariaDB, or H2 in MariaDB mode). */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcNetworks implements Networks {

    private final NetworkRowRepository rows;
    private final NetworkRowMapper mapper;

    JdbcNetworks(NetworkRowRepository rows, NetworkRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Network save(Network network) {
        NetworkRow row = mapper.toRow(network);
        if (network.getVersion() == 0 && !rows.existsById(row.id())) {
            return mapper.toDomain(rows.save(row));
        }
        try {
            return mapper.toDomain(rows.update(row));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("Netzwerk", network.getId());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Network> findById(NetworkId id) {
        return rows.findById(id.toString()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Network> findAllById(Collection<NetworkId> ids) {
        return IdChunks.read(IdChunks.texts(ids), rows::findByIdIn).stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Network> page(Optional<NameFilter> name, PageRequest request) {
        // the key holds only a-z and 0-9, so it needs no escaping inside LIKE
        io.micronaut.data.model.Page<NetworkRow> page = name
                .map(n -> rows.findBySortNameContains(n.key(), Paging.byName(request)))
                .orElseGet(() -> rows.findAll(Paging.byName(request)));
        return Page.of(page.getContent().stream().map(mapper::toDomain).toList(), request, page.getTotalSize());
    }
}
