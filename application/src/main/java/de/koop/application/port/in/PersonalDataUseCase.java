package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.util.List;
import java.util.Map;

/**
 * A contact person's rights under the GDPR in one network: everything stored about them (Art. 15 and 20),
 * and its erasure (Art. 17), which keeps decisions, minutes and seats intact under a pseudonym. Each
 * call is one transaction.
 */
public interface PersonalDataUseCase {

    /** Everything koop holds about the person in the network, section by section. */
    record PersonalData(PersonId personId, Map<String, Object> person, Map<String, List<Map<String, Object>>> records) {
    }

    /** What the erasure replaced, by kind of record. */
    record Erasure(PersonId personId, String pseudonym, Map<String, Integer> replaced) {
    }

    /** @throws NotFoundException when the partner or its contact does not exist in the network */
    @Command(Permission.READ_CONFIDENTIAL)
    PersonalData export(NetworkId networkId, PartnerId partnerId, PersonId personId);

    /** @throws NotFoundException when the partner or its contact does not exist in the network */
    @Command(Permission.COORDINATE)
    Erasure erase(NetworkId networkId, PartnerId partnerId, PersonId personId);
}
