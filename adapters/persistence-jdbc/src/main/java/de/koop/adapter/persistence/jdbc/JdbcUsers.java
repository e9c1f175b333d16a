package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Users;
import de.koop.domain.access.User;
import de.koop.domain.shared.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link Users} on a relational database. */
@Singleton
@Requires(property = "koop.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcUsers implements Users {

    private final UserRowRepository rows;
    private final UserRowMapper mapper;

    JdbcUsers(UserRowRepository rows, UserRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public User save(User user) {
        UserRow row = mapper.toRow(user);
        rows.findByUsername(row.username()).filter(other -> !other.id().equals(row.id())).ifPresent(other -> {
            throw new IllegalStateException("username " + row.username() + " is taken");
        });
        return mapper.toDomain(RootRow.write(rows, row, row.id(), user.getVersion(), "Benutzerkonto", user.getId()).row());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findById(UserId id) {
        return rows.findById(id.toString()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByUsername(String username) {
        return rows.findByUsername(User.normalise(username)).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<User> page(PageRequest request) {
        io.micronaut.data.model.Page<UserRow> page = rows.findAll(Pageable.from(request.page(), request.size(),
                Sort.of(Sort.Order.asc("username"))));
        return Page.of(page.getContent().stream().map(mapper::toDomain).toList(), request, page.getTotalSize());
    }
}
