package de.koop.adapter.persistence.jdbc;

import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps users to rows and back; rows become users only through {@link User#reconstitute}. */
@Mapper
public interface UserRowMapper {

    @Mapping(target = "id", expression = "java(user.getId().toString())")
    @Mapping(target = "grants", expression = "java(grants(user.getGrants()))")
    @Mapping(target = "version", source = "version")
    UserRow toRow(User user);

    default User toDomain(UserRow row) {
        Map<NetworkId, User.Grant> grants = new LinkedHashMap<>();
        if (row.grants() != null && !row.grants().isBlank()) {
            Arrays.stream(row.grants().split("\n")).map(line -> line.split(":")).forEach(f -> grants.put(
                    new NetworkId(UUID.fromString(f[0])), new User.Grant(NetworkRole.valueOf(f[1]),
                            f.length > 2 ? Optional.of(new PartnerId(UUID.fromString(f[2]))) : Optional.empty())));
        }
        return User.reconstitute(new UserId(UUID.fromString(row.id())), row.username(), row.passwordHash(),
                row.administrator(), grants, row.version());
    }

    default String grants(Map<NetworkId, User.Grant> grants) {
        return grants.isEmpty() ? null : grants.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().role().name()
                        + e.getValue().partnerId().map(p -> ":" + p).orElse(""))
                .collect(Collectors.joining("\n"));
    }
}
