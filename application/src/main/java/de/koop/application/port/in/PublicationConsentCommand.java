package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Required;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner gives or withdraws its consent to publish its logo or contacts.
 *
 * @param on the date of the written consent or withdrawal; today when absent
 */
public record PublicationConsentCommand(NetworkId networkId, PartnerId partnerId, ConsentScope scope,
                                        Optional<LocalDate> on) implements NetworkScoped {

    public PublicationConsentCommand {
        Required.present(networkId, "networkId");
        Required.present(partnerId, "partnerId");
        if (scope == null) {
            throw new InvalidValueException("scope", "darf nicht leer sein (LOGO oder CONTACTS)");
        }
        on = Objects.requireNonNullElse(on, Optional.empty());
    }
}
