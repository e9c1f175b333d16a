package de.koop.adapter.persistence.jdbc;

import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The conversions every row mapper needs: typed ids to their text columns and back, absent values to
 * {@code NULL}. MapStruct picks them by type.
 */
interface RowConversions {

    default String id(NetworkId id) {
        return id.toString();
    }

    default String id(PartnerId id) {
        return id.toString();
    }

    default String id(PersonId id) {
        return id.toString();
    }

    default String id(AgreementId id) {
        return id.toString();
    }

    default String id(DeclarationId id) {
        return id.toString();
    }

    default String id(BodyId id) {
        return id.toString();
    }

    default String id(MeetingId id) {
        return id.toString();
    }

    default String id(ObligationId id) {
        return id.toString();
    }

    default PartnerId partnerId(String id) {
        return new PartnerId(UUID.fromString(id));
    }

    default BodyId bodyId(String id) {
        return new BodyId(UUID.fromString(id));
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }
}
