package de.koop.adapter.persistence.jdbc;

import de.koop.domain.network.Admission;
import de.koop.domain.network.Coordination;
import de.koop.domain.network.Network;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.SortKey;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/** Maps networks to rows and back; rows become networks only through {@link Network#reconstitute}. */
@Mapper(imports = SortKey.class)
public interface NetworkRowMapper extends RowConversions {

    @Mapping(target = "sortName", expression = "java(SortKey.of(network.getName()))")
    @Mapping(target = "coordinatorPartnerId",
            expression = "java(network.getCoordination().map(c -> c.partnerId().toString()).orElse(null))")
    @Mapping(target = "coordinatorContactId",
            expression = "java(network.getCoordination().map(c -> c.contactPersonId().toString()).orElse(null))")
    NetworkRow toRow(Network network);

    Network toDomain(NetworkRow row);

    @ObjectFactory
    default Network reconstitute(NetworkRow row) {
        Coordination coordination = row.coordinatorPartnerId() == null ? null : new Coordination(
                new PartnerId(UUID.fromString(row.coordinatorPartnerId())),
                new PersonId(UUID.fromString(row.coordinatorContactId())));
        return Network.reconstitute(new NetworkId(UUID.fromString(row.id())), row.name(), row.shortName(),
                row.region(), row.goals(), Admission.valueOf(row.admission()), coordination, row.version());
    }

    default String admission(Admission admission) {
        return admission.name();
    }

}
