package de.koop.adapter.http;

import de.koop.application.port.in.NotFoundException;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;

/** Ids in URLs: one that is not even well-formed names nothing, so it is "not found". */
final class PathIds {

    private PathIds() {
    }

    static NetworkId network(String value) {
        try {
            return NetworkId.parse(value, "networkId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Netzwerk", value);
        }
    }

    static AgreementId agreement(String value) {
        try {
            return AgreementId.parse(value, "agreementId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Vereinbarung", value);
        }
    }

    static DeclarationId declaration(String value) {
        try {
            return DeclarationId.parse(value, "declarationId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Erklärung", value);
        }
    }

    static BodyId body(String value) {
        try {
            return BodyId.parse(value, "bodyId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Gremium", value);
        }
    }

    static MeetingId meeting(String value) {
        try {
            return MeetingId.parse(value, "meetingId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Sitzung", value);
        }
    }

    static PartnerId partner(String value) {
        try {
            return PartnerId.parse(value, "partnerId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Partner", value);
        }
    }

    static UserId user(String value) {
        try {
            return UserId.parse(value, "userId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Benutzerkonto", value);
        }
    }
}
